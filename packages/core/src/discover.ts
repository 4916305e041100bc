import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { UserError } from './errors.js';
import { SOURCE_EXTENSIONS } from './generate/source-extensions.js';
import type { SourceFile } from './types.js';

const EXTENSIONS = SOURCE_EXTENSIONS.map((extension) => extension.slice(1)).join(',');

/** What mutate mutates when the user says nothing: sources under src/ and lib/. */
export const DEFAULT_MUTATE_GLOBS: readonly string[] = [`{src,lib}/**/*.{${EXTENSIONS}}`];

/** Never mutated: tests, type declarations, dependencies and build output. */
export const ALWAYS_EXCLUDED_GLOBS: readonly string[] = [
  '**/*.{test,spec}.*',
  '**/__tests__/**',
  '**/test/**',
  '**/tests/**',
  '**/*.d.{ts,mts,cts}',
  '**/node_modules/**',
  '**/dist/**',
];

/**
 * The source files to mutate, read once, sorted by path so mutant ids are the same on every machine.
 * Paths are relative to `root` with `/` separators. Glob patterns starting with `!` exclude.
 * Patterns that match no source file at all are a usage error that names them, never an empty run.
 */
export async function discoverSourceFiles(root: string, patterns: readonly string[] = DEFAULT_MUTATE_GLOBS): Promise<SourceFile[]> {
  const files = await findSourcePaths(root, patterns);
  if (files.length === 0) throw noSourceFiles(root, patterns);
  return Promise.all(files.map(async (file) => ({ path: file, text: await readFile(path.join(root, file), 'utf8') })));
}

/** The usage error of `--mutate` globs that leave nothing to mutate. */
export function noSourceFiles(root: string, patterns: readonly string[]): UserError {
  const which = patterns === DEFAULT_MUTATE_GLOBS ? 'the default --mutate globs (src/**, lib/**)' : `--mutate ${patterns.map((pattern) => `'${pattern}'`).join(' ')}`;
  return new UserError(`${which} match no source file to mutate in ${root} (test files and type declarations are never mutated)`, 'usage');
}

/** Paths of the source files the patterns match, relative to `root` with `/` separators, sorted. */
export async function findSourcePaths(root: string, patterns: readonly string[]): Promise<string[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const paths = await glob(include, {
    cwd: root,
    ignore: [...ALWAYS_EXCLUDED_GLOBS, ...exclude],
    onlyFiles: true,
    dot: false,
  });
  return paths
    .filter((file) => SOURCE_EXTENSIONS.some((extension) => file.endsWith(extension)))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}
