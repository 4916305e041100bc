import { join } from 'node:path';
import type { TestFiles } from '@mutate/core/runner';
import { glob } from 'tinyglobby';
import type { TestProject, Vitest } from 'vitest/node';

const CONFIG_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs', 'json'];

/**
 * Every file the projects run as a test, whatever its name: what their `include` matches (minus
 * `exclude`), and their type tests (`typecheck.include`, whether type-checking is on or not).
 * In-source tests (`includeSource`) are left out: those files are sources too, and are mutated.
 * Globbed as vitest globs them (tinyglobby, dot files included, from the project's `dir` or root).
 */
export async function testFilesOf(vitest: Vitest, projects: readonly TestProject[]): Promise<TestFiles> {
  const patterns = projects.flatMap((project) => {
    const config = project.config as unknown as { dir?: string; root: string; include: string[]; exclude: string[]; typecheck?: { include?: string[]; exclude?: string[] } };
    const cwd = config.dir || config.root;
    const found = [{ cwd, include: config.include, exclude: config.exclude }];
    if (config.typecheck?.include?.length) found.push({ cwd, include: config.typecheck.include, exclude: config.typecheck.exclude ?? [] });
    return found;
  });
  const files = await Promise.all(patterns.map(({ cwd, include, exclude }) => glob(include, { cwd, ignore: exclude, dot: true, absolute: true, expandDirectories: false })));
  const root = vitest.config.root;
  // The config files in use, and the names vitest would look for: one that appears later must be noticed too.
  const lookedFor = ['vitest.config', 'vite.config', 'vitest.workspace'].flatMap((name) => CONFIG_EXTENSIONS.map((extension) => join(root, `${name}.${extension}`)));
  const inUse = [vitest.vite.config.configFile, ...projects.map((project) => project.vite.config.configFile)].filter((file): file is string => typeof file === 'string');
  return {
    files: [...new Set(files.flat())].sort(),
    patterns,
    configFiles: [...new Set([...inUse, ...lookedFor, join(root, 'tsconfig.json')])],
  };
}
