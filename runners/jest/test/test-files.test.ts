import { describe, expect, it } from 'vitest';
import { testFilePatterns } from '../src/test-files.js';

const DEFAULT_TEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];

describe('testFilePatterns', () => {
  it("keeps jest's default testMatch, from each root, without node_modules", () => {
    expect(testFilePatterns({ roots: ['/p'], testMatch: DEFAULT_TEST_MATCH, moduleFileExtensions: ['js'], testPathIgnorePatterns: ['/node_modules/'] })).toEqual([
      { cwd: '/p', include: DEFAULT_TEST_MATCH, exclude: ['**/node_modules/**'] },
    ]);
  });

  it('makes globs under the root relative to it, and drops those under another root', () => {
    const [src, test] = testFilePatterns({ roots: ['/p/src', '/p/test'], testMatch: ['/p/test/**/*.test.ts', '!/p/test/fixtures/**'], moduleFileExtensions: ['ts'], testPathIgnorePatterns: [] });
    expect(src).toEqual({ cwd: '/p/src', include: [], exclude: ['**/node_modules/**'] });
    expect(test).toEqual({ cwd: '/p/test', include: ['**/*.test.ts'], exclude: ['**/node_modules/**', 'fixtures/**'] });
  });

  it('finds every file of the extensions for a testRegex, which no glob can say', () => {
    const [patterns] = testFilePatterns({ roots: ['/p'], testMatch: [], moduleFileExtensions: ['ts', 'js'], testPathIgnorePatterns: [] });
    expect(patterns!.include).toEqual(['**/*.ts', '**/*.js']);
  });

  it('excludes the directories testPathIgnorePatterns name, and leaves other regular expressions to jest', () => {
    const [patterns] = testFilePatterns({ roots: ['/p'], testMatch: ['**/*.test.js'], moduleFileExtensions: ['js'], testPathIgnorePatterns: ['/p/dist/', '/fixtures/', 'e2e\\.test'] });
    expect(patterns!.exclude).toEqual(['**/node_modules/**', 'dist/**', '**/fixtures/**']);
  });
});
