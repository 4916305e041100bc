// A project built with tsc file by file (`src/x.ts` → `dist/x.js`, with a source map) is often
// tested through its build: the tests spawn `node dist/cli.js`. A process that loads `dist/x.js`
// must then get the instrumented `src/x.ts`, compiled as that build is: the sandbox
// (`child-sandbox.ts`) holds that compiled copy at `dist/x.js`. Only a built file whose source map
// names one source is taken for that source's build (a bundle mixes many and cannot be rebuilt so).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { globSync } from 'tinyglobby';

/** A file-by-file build's map is small: a larger one is a bundle's, not worth reading. */
const MAX_MAP_BYTES = 1_000_000;

/** For each source file that tsc built file by file: the built files (an ES module and a CommonJS build may both be there). */
export function builtFilesOf(root: string): Map<string, string[]> {
  const built = new Map<string, string[]>();
  // Not dot directories (a framework's build cache), dependencies, or coverage reports.
  const maps = globSync(['**/*.{js,mjs,cjs}.map'], { cwd: root, absolute: true, ignore: ['**/node_modules/**', '**/coverage/**'], dot: false }).sort();
  for (const mapFile of maps) {
    const output = mapFile.slice(0, -'.map'.length);
    try {
      if (statSync(mapFile).size > MAX_MAP_BYTES) continue;
      const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources?: unknown; sourceRoot?: unknown };
      if (!Array.isArray(map.sources) || map.sources.length !== 1 || typeof map.sources[0] !== 'string' || !existsSync(output)) continue;
      const source = resolve(dirname(mapFile), typeof map.sourceRoot === 'string' ? map.sourceRoot : '', map.sources[0]);
      built.set(source, [...(built.get(source) ?? []), output]);
    } catch {
      // Not a source map mutate can read: that output is left as it is.
    }
  }
  return built;
}

interface Esbuild {
  transformSync(code: string, options: { loader: string; format: 'esm' | 'cjs'; target: string; sourcefile: string; tsconfigRaw?: unknown }): { code: string };
}

/**
 * Compiles instrumented TypeScript into the module format of the build it stands in for, with the
 * esbuild the project's vitest compiles its TypeScript with (types stripped, enums and decorators as
 * vitest has them). Undefined when no esbuild can be found.
 */
export async function typeScriptCompiler(root: string): Promise<((code: string, source: string, output: string) => string) | undefined> {
  const fromProject = createRequire(join(root, 'package.json'));
  let esbuild: Esbuild;
  try {
    const path = resolveFirst([() => fromProject.resolve('esbuild'), () => createRequire(fromProject.resolve('vite')).resolve('esbuild')]);
    esbuild = (await import(pathToFileURL(path).href)) as Esbuild;
  } catch {
    return undefined;
  }
  return (code, source, output) => {
    // The built file says which module format the build has (tsconfig's NodeNext leaves it to package.json).
    const esm = /^\s*(import|export)\b/m.test(readFileSync(output, 'utf8'));
    const loader = source.endsWith('x') ? 'tsx' : 'ts';
    return esbuild.transformSync(code, { loader, format: esm ? 'esm' : 'cjs', target: 'es2022', sourcefile: source }).code;
  };
}

function resolveFirst(ways: readonly (() => string)[]): string {
  for (const way of ways) {
    try {
      return way();
    } catch {
      // the next way
    }
  }
  throw new Error('not found');
}
