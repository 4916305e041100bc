import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { CompileProblem, InstrumentedCode } from '@mutate/core/runner';
import { resolveProjectVitest } from './resolve-vitest.js';

/** The transform vite runs on a module before vitest executes it: oxc from vite 8 on, esbuild before. */
interface ViteTransforms {
  transformWithOxc?(code: string, filename: string, options?: { sourcemap?: boolean }): Promise<unknown>;
  transformWithEsbuild?(code: string, filename: string, options?: { loader?: string; sourcemap?: boolean }): Promise<unknown>;
}

const viteOf = new Map<string, Promise<ViteTransforms>>();

/**
 * The runner module contract (`TestRunnerModule.compile`): compiles each instrumented file with the
 * transform of the vite the project's vitest runs on, as vitest will when it loads the file, and
 * returns those that fail.
 */
export async function compile(root: string, files: readonly InstrumentedCode[]): Promise<CompileProblem[]> {
  let vite = viteOf.get(root);
  if (!vite) {
    vite = loadProjectVite(root);
    viteOf.set(root, vite);
  }
  const { transformWithOxc, transformWithEsbuild } = await vite;
  const problems: CompileProblem[] = [];
  for (const file of files) {
    try {
      if (transformWithOxc) await transformWithOxc(file.code, file.path, { sourcemap: false });
      else await transformWithEsbuild?.(file.code, file.path, { loader: loaderFor(file.path), sourcemap: false });
    } catch (error) {
      problems.push(problemOf(file.path, error));
    }
  }
  return problems;
}

/** vite as the project's vitest resolves it (a project may have another vite of its own at top level). */
async function loadProjectVite(root: string): Promise<ViteTransforms> {
  const vitestEntry = fileURLToPath((await resolveProjectVitest(root)).entryUrl);
  const require = createRequire(vitestEntry);
  const manifestPath = require.resolve('vite/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, unknown> };
  return (await import(pathToFileURL(join(dirname(manifestPath), importEntry(manifest.exports['.']))).href)) as ViteTransforms;
}

/** The `import` (else `default`) target of a package.json exports entry. */
function importEntry(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const conditions = entry as Record<string, unknown>;
  return importEntry(conditions['import'] ?? conditions['default']);
}

/** esbuild's loader for the extension, as vite's esbuild plugin picks it (`.mjs`, `.cjs` are JavaScript). */
function loaderFor(path: string): string {
  const extension = extname(path).slice(1);
  if (extension === 'tsx' || extension === 'jsx') return extension;
  return /^[mc]?ts$/.test(extension) ? 'ts' : 'js';
}

interface TransformError {
  readonly message?: string;
  /** esbuild's and oxc's errors; esbuild's have a location, oxc's name `file:line:column` in their message. */
  readonly errors?: readonly { readonly message?: string; readonly text?: string; readonly location?: { readonly line?: number } }[];
}

/** The first error, plain text on one line (oxc colours its messages and draws a code frame), with its line. */
function problemOf(path: string, error: unknown): CompileProblem {
  const first = (error as TransformError).errors?.[0];
  const text = stripVTControlCharacters(String(first?.text ?? first?.message ?? (error as TransformError).message ?? error));
  const line = first?.location?.line ?? Number(/:(\d+):\d+ \]/.exec(text)?.[1] ?? Number.NaN);
  return { path, message: text.split('\n')[0]!.trim(), ...(Number.isInteger(line) ? { line } : {}) };
}
