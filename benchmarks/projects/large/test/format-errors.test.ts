import { describe, expect, it } from 'vitest';
import { errorTree, flatten, summarize } from '../src/format-errors';
import type { Issue } from '../src/issues';

const issue = (path: (string | number)[], message: string): Issue => ({ code: 'custom', path, message, params: {} });

const issues = [
  issue([], 'Passwords do not match'),
  issue(['name'], 'Required'),
  issue(['address', 'city'], 'Too short'),
  issue(['address', 'zip'], 'Invalid zip'),
  issue(['tags', 1], 'Too long'),
  issue(['name'], 'Must be capitalised'),
];

describe('flatten', () => {
  it('splits root messages from messages by top-level key', () => {
    expect(flatten(issues)).toEqual({
      formErrors: ['Passwords do not match'],
      fieldErrors: {
        name: ['Required', 'Must be capitalised'],
        address: ['Too short', 'Invalid zip'],
        tags: ['Too long'],
      },
    });
  });

  it('is empty for no issues', () => {
    expect(flatten([])).toEqual({ formErrors: [], fieldErrors: {} });
  });

  it('uses numeric keys as strings', () => {
    expect(flatten([issue([0, 'x'], 'Bad')]).fieldErrors).toEqual({ '0': ['Bad'] });
  });
});

describe('errorTree', () => {
  it('follows the paths', () => {
    expect(errorTree(issues)).toEqual({
      errors: ['Passwords do not match'],
      children: {
        name: { errors: ['Required', 'Must be capitalised'], children: {} },
        address: {
          errors: [],
          children: {
            city: { errors: ['Too short'], children: {} },
            zip: { errors: ['Invalid zip'], children: {} },
          },
        },
        tags: { errors: [], children: { '1': { errors: ['Too long'], children: {} } } },
      },
    });
  });
});

describe('summarize', () => {
  it('has a text for no issues', () => {
    expect(summarize([])).toBe('No issues');
  });

  it('lists one issue', () => {
    expect(summarize([issue(['a'], 'Bad')])).toBe('1 issue: a: Bad');
  });

  it('lists up to three issues, then counts the rest', () => {
    expect(summarize(issues)).toBe('6 issues: Passwords do not match; name: Required; address.city: Too short; and 3 more');
  });

  it('takes another maximum', () => {
    expect(summarize(issues, 1)).toBe('6 issues: Passwords do not match; and 5 more');
    expect(summarize(issues.slice(4), 2)).toBe('2 issues: tags[1]: Too long; name: Must be capitalised');
  });
});
