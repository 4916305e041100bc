import { glob } from 'tinyglobby';
import type { TestProject } from 'vitest/node';

/**
 * Every file the projects run as a test, whatever its name: what their `include` matches (minus
 * `exclude`), and their type tests (`typecheck.include`, whether type-checking is on or not).
 * In-source tests (`includeSource`) are left out: those files are sources too, and are mutated.
 * Globbed as vitest globs them (tinyglobby, dot files included, from the project's `dir` or root).
 */
export async function testFilesOf(projects: readonly TestProject[]): Promise<string[]> {
  const files = await Promise.all(
    projects.flatMap((project) => {
      const config = project.config as unknown as { dir?: string; root: string; include: string[]; exclude: string[]; typecheck?: { include?: string[]; exclude?: string[] } };
      const cwd = config.dir || config.root;
      const searches = [glob(config.include, { cwd, ignore: config.exclude, dot: true, absolute: true, expandDirectories: false })];
      if (config.typecheck?.include?.length) searches.push(glob(config.typecheck.include, { cwd, ignore: config.typecheck.exclude ?? [], dot: true, absolute: true, expandDirectories: false }));
      return searches;
    }),
  );
  return [...new Set(files.flat())].sort();
}
