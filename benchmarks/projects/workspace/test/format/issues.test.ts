import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/index.js';
import { number, object, string } from '../../src/core/index.js';
import { formatIssues, formatPath, setFormatOptions } from '../../src/format/index.js';

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['user'], 'user'],
    [['user', 'tags', 0], 'user.tags[0]'],
    [['a b'], '["a b"]'],
  ] as const)('formatPath(%j) is %j', (path, text) => {
    expect(formatPath([...path])).toBe(text);
  });
});

const issue = (path: Issue['path'], code: Issue['code'], message: string = code): Issue => ({ path, code, message });

describe('formatIssues', () => {
  const issues = [issue(['port'], 'too_big', 'Too big'), issue(['host'], 'required', 'Missing')];

  it('lists the problems sorted, under a count', () => {
    expect(formatIssues(issues)).toHaveLines(['2 problems:', '  • host: Missing', '  • port: Too big']);
  });

  it('names the title in the heading', () => {
    expect(formatIssues(issues, { title: 'server.json' }).split('\n')[0]).toBe('2 problems in server.json:');
  });

  it('says "1 problem" for one', () => {
    expect(formatIssues([issue([], 'invalid_type', 'Expected object')])).toHaveLines([
      '1 problem:',
      '  • (root): Expected object',
    ]);
  });

  it('says so when there are none', () => {
    expect(formatIssues([])).toBe('No problems found');
  });

  it('uses a dash in ASCII mode', () => {
    setFormatOptions({ ascii: true });
    expect(formatIssues([issue(['a'], 'required', 'm')])).toHaveLines(['1 problem:', '  - a: m']);
  });

  it('colours the heading and the paths', () => {
    setFormatOptions({ color: true });
    const text = formatIssues([issue(['a'], 'required', 'm')]);
    expect(text).toBe('\u001b[31m\u001b[1m1 problem:\u001b[22m\u001b[39m\n  • \u001b[36ma\u001b[39m: m');
  });

  it('colours "No problems found" green', () => {
    setFormatOptions({ color: true });
    expect(formatIssues([])).toBe('\u001b[32mNo problems found\u001b[39m');
  });

  it('reports what a core schema found', () => {
    const server = object({ host: string({ min: 1 }), port: number({ max: 65535 }) });
    const result = server.parse({ host: '', port: 80_000 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssues(result.issues, { title: 'server' })).toHaveLines([
      '2 problems in server:',
      '  • host: Expected at least 1 characters',
      '  • port: Expected a number <= 65535, received 80000',
    ]);
  });
});
