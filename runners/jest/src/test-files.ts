import { join } from 'node:path';
import type { TestFiles } from '@mutate/core/runner';
import type { ProjectConfig } from './jest-api.js';

type Patterns = TestFiles['patterns'][number];

/** The file names jest would read its config from, and the transforms' configs: a change to one can change any verdict. */
const CONFIG_NAMES = [
  ...['js', 'ts', 'mjs', 'cjs', 'mts', 'cts', 'json'].map((extension) => `jest.config.${extension}`),
  'package.json',
  ...['js', 'cjs', 'mjs', 'json', 'cts'].map((extension) => `babel.config.${extension}`),
  '.babelrc',
  '.babelrc.js',
  '.babelrc.json',
  '.swcrc',
  'tsconfig.json',
];

/** The config files of a jest project in `root` (those in use and those jest would look for), plus an explicitly named one. */
export function jestConfigFiles(root: string, rootDirs: readonly string[], configFile: string | undefined): string[] {
  const dirs = [...new Set([root, ...rootDirs])];
  return [...new Set([...(configFile ? [configFile] : []), ...dirs.flatMap((dir) => CONFIG_NAMES.map((name) => join(dir, name)))])];
}

/**
 * Glob patterns (tinyglobby's) that find a jest project's test files again, one set per root: its
 * `testMatch` made relative to the root; for a `testRegex` (no glob can say it) every file of the
 * project's extensions, which finds more than the tests (a rerun then runs its dry run again, never
 * misses a test). `testPathIgnorePatterns` are regular expressions: those that name a directory
 * (`/node_modules/`, `<rootDir>/dist/`) become exclusions, the others are left to the runner.
 */
export function testFilePatterns(config: Pick<ProjectConfig, 'roots' | 'testMatch' | 'moduleFileExtensions' | 'testPathIgnorePatterns'>): Patterns[] {
  return config.roots.map((root) => {
    const positive = config.testMatch.filter((pattern) => !pattern.startsWith('!'));
    const negative = config.testMatch.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
    const include =
      config.testMatch.length > 0
        ? positive.flatMap((pattern) => relativeGlob(root, pattern))
        : config.moduleFileExtensions.map((extension) => `**/*.${extension}`);
    const ignored = config.testPathIgnorePatterns.flatMap((pattern) => ignoredDirectoryGlob(root, pattern));
    const exclude = [...new Set(['**/node_modules/**', ...negative.flatMap((pattern) => relativeGlob(root, pattern)), ...ignored])];
    return { cwd: root, include, exclude };
  });
}

/** A jest glob (matched against absolute paths) as a glob relative to `root`; none when it cannot match under `root`. */
function relativeGlob(root: string, pattern: string): string[] {
  if (!pattern.startsWith('/')) return [pattern.startsWith('**/') ? pattern : `**/${pattern}`];
  const prefix = `${root}/`;
  return pattern.startsWith(prefix) ? [pattern.slice(prefix.length)] : [];
}

/** A `testPathIgnorePatterns` entry that names a directory, as a glob; none for any other regular expression. */
function ignoredDirectoryGlob(root: string, pattern: string): string[] {
  if (!/^\/[\w./@-]*\/$/.test(pattern)) return [];
  const prefix = `${root}/`;
  if (pattern.startsWith(prefix)) return [`${pattern.slice(prefix.length)}**`];
  // A name anywhere in the path: `/node_modules/`, `/fixtures/`. A dot in a regex is any character,
  // but in a directory name it is nearly always meant as itself.
  if (!pattern.slice(1, -1).includes('/')) return [`**/${pattern.slice(1, -1)}/**`];
  return [];
}
