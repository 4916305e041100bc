import { checkSpec, toCamel, toKebab } from '../../src/cli-args/index.js';
import { build, copy } from './fixtures.js';

describe('toKebab', () => {
  it.each([
    ['dryRun', 'dry-run'],
    ['outDir', 'out-dir'],
    ['x', 'x'],
    ['maxRetryCount', 'max-retry-count'],
    ['already-kebab', 'already-kebab'],
  ])('%s → %s', (key, flag) => {
    expect(toKebab(key)).toBe(flag);
  });
});

describe('toCamel', () => {
  it.each([
    ['dry-run', 'dryRun'],
    ['out-dir', 'outDir'],
    ['x', 'x'],
    ['max-retry-count', 'maxRetryCount'],
    ['retries-2', 'retries2'],
    ['Upper-Case', 'Upper-Case'],
  ])('%s → %s', (flag, key) => {
    expect(toCamel(flag)).toBe(key);
  });

  it('undoes toKebab', () => {
    for (const key of Object.keys(build.options)) expect(toCamel(toKebab(key))).toBe(key);
  });
});

describe('checkSpec', () => {
  it('returns the options by short flag', () => {
    expect(checkSpec(build)).toEqual(new Map([['o', 'outDir'], ['w', 'watch'], ['j', 'jobs'], ['D', 'define'], ['v', 'verbose']]));
    expect(checkSpec(copy).size).toBe(0);
  });

  it('accepts a lone variadic positional', () => {
    expect(() => checkSpec({ name: 'x', options: {}, positionals: [{ name: 'files', variadic: true }] })).not.toThrow();
  });
});
