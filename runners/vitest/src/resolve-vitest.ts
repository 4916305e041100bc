import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '@mutate/core/runner';
import type * as VitestNode from 'vitest/node';

/** The project's own vitest: mutate drives whatever version the project installed, never its own copy. */
export interface ProjectVitest {
  readonly version: string;
  readonly major: number;
  /** `vitest/node` of the project's vitest. */
  readonly node: typeof VitestNode;
  /** File URL of the project's `vitest` entry, for code that runs inside its test workers. */
  readonly entryUrl: string;
  /** File URL of the project's `vitest/worker` (vitest 4+), the runtime the kept-alive pool's threads start. */
  readonly workerUrl: string | undefined;
  /** File URL of the project's `vitest/suite` (vitest 3 and 4; vitest 5 has its functions on `TestRunner`). */
  readonly suiteUrl: string | undefined;
}

const resolved = new Map<string, Promise<ProjectVitest>>();

/** The project's vitest, loaded once per root in this thread (the lab's `prepare` loads it early). */
export function resolveProjectVitest(root: string): Promise<ProjectVitest> {
  let projectVitest = resolved.get(root);
  if (!projectVitest) {
    projectVitest = loadProjectVitest(root);
    resolved.set(root, projectVitest);
  }
  return projectVitest;
}

async function loadProjectVitest(root: string): Promise<ProjectVitest> {
  const require = createRequire(join(root, 'package.json'));
  let packageJsonPath: string;
  try {
    packageJsonPath = require.resolve('vitest/package.json');
  } catch {
    throw new UserError(`vitest is not installed in ${root}: mutate runs the project's own vitest (npm install --save-dev vitest). Another runner: --test-runner jest|node, or --test-runner command --test-command "npm test" (slow: the whole suite per mutant)`, 'input');
  }
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as { version: string; exports: Record<string, unknown> };
  const { version } = manifest;
  const major = Number(version.split('.')[0]);
  if (major < 3) throw new UserError(`vitest ${version} is too old for mutate: it needs vitest 3, 4 or 5`, 'input');
  const nodeEntry = require.resolve('vitest/node');
  // `require.resolve('vitest')` would give the CommonJS stub that only throws: take the ESM entry the exports map names.
  const entry = join(dirname(packageJsonPath), esmEntry(manifest.exports['.']));
  const node = (await import(pathToFileURL(nodeEntry).href)) as typeof VitestNode;
  const exportUrl = (name: string) => {
    const target = manifest.exports[name];
    return target ? pathToFileURL(join(dirname(packageJsonPath), esmEntry(target))).href : undefined;
  };
  return { version, major, node, entryUrl: pathToFileURL(entry).href, workerUrl: exportUrl('./worker'), suiteUrl: exportUrl('./suite') };
}

/** The `import` (else `default`) target of a package.json exports entry. */
function esmEntry(entry: unknown): string {
  if (typeof entry === 'string') return entry;
  const conditions = entry as Record<string, unknown>;
  return esmEntry(conditions['import'] ?? conditions['default']);
}
