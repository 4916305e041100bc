// `@mutate/node-test-runner`: runs mutants with Node's built-in test runner (node:test), one Node
// process per test file, as `node --test` does.
import type { TestRunner, TestRunnerOptions } from '@mutate/core/runner';
import { NodeTestSession } from './node-test-session.js';

export { NodeTestSession } from './node-test-session.js';

/** The runner module contract (`TestRunnerModule`): lets a pool worker load this runner by path. */
export function createTestRunner(options: TestRunnerOptions): Promise<TestRunner> {
  return NodeTestSession.start(options);
}
