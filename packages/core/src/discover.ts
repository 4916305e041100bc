import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { SOURCE_EXTENSIONS } from './generate/parse.js';
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
 */
export async function discoverSourceFiles(root: string, patterns: readonly string[] = DEFAULT_MUTATE_GLOBS): Promise<SourceFile[]> {
  const include = patterns.filter((pattern) => !pattern.startsWith('!'));
  const exclude = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  const paths = await glob(include, {
    cwd: root,
    ignore: [...ALWAYS_EXCLUDED_GLOBS, ...exclude],
    onlyFiles: true,
    dot: false,
  });
  const sourcePaths = paths.filter((file) => SOURCE_EXTENSIONS.some((extension) => file.endsWith(extension))).sort();
  return Promise.all(
    sourcePaths.map(async (file) => ({ path: file.split(path.sep).join('/'), text: await readFile(path.join(root, file), 'utf8') })),
  );
}
