import { describe, expect, it } from 'vitest';
import { ValidationError, isValidationError, type Issue } from '../src/issues';

const issue = (path: (string | number)[], message: string, code: Issue['code'] = 'custom'): Issue => ({ code, path, message, params: {} });

describe('ValidationError.describe', () => {
  it('has a fallback for no issues', () => {
    expect(ValidationError.describe([])).toBe('Validation failed');
  });

  it('uses the message alone for a root issue', () => {
    expect(ValidationError.describe([issue([], 'Expected string, received number')])).toBe('Expected string, received number');
  });

  it('prefixes the path of a nested issue', () => {
    expect(ValidationError.describe([issue(['user', 'tags', 2], 'Too long')])).toBe('user.tags[2]: Too long');
  });

  it('counts one more issue in the singular', () => {
    expect(ValidationError.describe([issue(['a'], 'First'), issue(['b'], 'Second')])).toBe('a: First (and 1 more issue)');
  });

  it.each([
    [3, 'a: First (and 2 more issues)'],
    [5, 'a: First (and 4 more issues)'],
  ])('counts %i issues in the plural', (n, expected) => {
    const issues = Array.from({ length: n }, (_, i) => issue(i === 0 ? ['a'] : ['b'], i === 0 ? 'First' : 'Other'));
    expect(ValidationError.describe(issues)).toBe(expected);
  });
});

describe('ValidationError', () => {
  const issues = [
    issue(['user', 'name'], 'Required'),
    issue(['user', 'tags', 0], 'Too short', 'too_small'),
    issue(['user'], 'Unknown key', 'unrecognized_keys'),
    issue(['count'], 'Not a number', 'invalid_type'),
  ];
  const error = new ValidationError(issues);

  it('is an Error named ValidationError with the summary as message', () => {
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ValidationError');
    expect(error.message).toBe('user.name: Required (and 3 more issues)');
    expect(error.issues).toBe(issues);
  });

  it('exposes the first issue', () => {
    expect(error.first?.message).toBe('Required');
    expect(new ValidationError([]).first).toBeUndefined();
  });

  it('finds the issues at or below a path', () => {
    expect(error.at(['user']).map((i) => i.message)).toEqual(['Required', 'Too short', 'Unknown key']);
    expect(error.at(['user', 'tags']).map((i) => i.message)).toEqual(['Too short']);
    expect(error.at(['count']).map((i) => i.message)).toEqual(['Not a number']);
  });

  it('does not match a sibling or a parent path', () => {
    expect(error.at(['user', 'name', 'first'])).toEqual([]);
    expect(error.at(['users'])).toEqual([]);
    expect(error.at(['user', 'tags', 1])).toEqual([]);
  });

  it('returns every issue for the empty path', () => {
    expect(error.at([])).toHaveLength(4);
  });

  it('is recognised by isValidationError', () => {
    expect(isValidationError(error)).toBe(true);
    expect(isValidationError(new Error('x'))).toBe(false);
    expect(isValidationError({ issues: [] })).toBe(false);
  });
});
