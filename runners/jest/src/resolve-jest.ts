import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@mutate/core/runner';
import type { JestConfigModule, JestCoreModule, JestDocblockModule, JestResolveModule, JestRunnerClass, JestRuntimeClass, JestTransformModule } from './jest-api.js';

/** The project's own jest: mutate drives whatever version the project installed (29 or 30), never a copy of its own. */
export interface ProjectJest {
  readonly version: string;
  readonly major: number;
  readonly core: JestCoreModule;
  readonly config: JestConfigModule;
  readonly Runtime: JestRuntimeClass;
  readonly TestRunner: JestRunnerClass;
  readonly transform: JestTransformModule;
  readonly resolve: JestResolveModule;
  readonly docblock: JestDocblockModule;
  /** `require` as jest-runner has it: it resolves a test file's own environment with its `require.resolve`. */
  readonly runnerRequire: NodeJS.Require;
}

const resolved = new Map<string, Promise<ProjectJest>>();

/** The project's jest, loaded once per root in this thread (the lab's `prepare` loads it early). */
export function resolveProjectJest(root: string): Promise<ProjectJest> {
  let projectJest = resolved.get(root);
  if (!projectJest) {
    projectJest = loadProjectJest(root);
    resolved.set(root, projectJest);
  }
  return projectJest;
}

async function loadProjectJest(root: string): Promise<ProjectJest> {
  const fromProject = createRequire(join(root, 'package.json'));
  let manifestPath: string;
  try {
    manifestPath = fromProject.resolve('jest/package.json');
  } catch {
    throw new UserError(`jest is not installed in ${root}: mutate runs the project's own jest (npm install --save-dev jest)`, 'input');
  }
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  const major = Number(version.split('.')[0]);
  if (major < 29) throw new UserError(`jest ${version} is too old for mutate: it needs jest 29 or 30`, 'input');
  // jest's own packages, as its CLI finds them: @jest/core from jest's directory, the rest from @jest/core's.
  const fromJest = createRequire(manifestPath);
  const corePath = fromJest.resolve('@jest/core');
  const fromCore = createRequire(corePath);
  const load = <T>(name: string): T => fromCore(fromCore.resolve(name)) as T;
  const runtime = load<{ default: JestRuntimeClass }>('jest-runtime');
  const runnerPath = fromCore.resolve('jest-runner');
  const runner = fromCore(runnerPath) as { default: JestRunnerClass };
  const runnerRequire = createRequire(runnerPath);
  return {
    version,
    major,
    core: fromCore(corePath) as JestCoreModule,
    config: load<JestConfigModule>('jest-config'),
    Runtime: runtime.default,
    TestRunner: runner.default,
    transform: load<JestTransformModule>('@jest/transform'),
    resolve: load<JestResolveModule>('jest-resolve'),
    docblock: runnerRequire(runnerRequire.resolve('jest-docblock')) as JestDocblockModule,
    runnerRequire,
  };
}
