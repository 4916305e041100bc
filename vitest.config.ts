import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// mutate's own tests. Workspace packages resolve to their built `dist/` (npm test builds first),
// so end-to-end tests exercise exactly what users run. The examples' suites are not ours: excluded.
//
// MUTATE_SELF=1 is mutate testing itself (`npm run mutate:self`): the in-process tests then import
// the TypeScript sources of the generator and the mutators, so mutants in them are what the tests
// see, and the tests that drive the built CLI or other processes are left out (they cannot see them).
const self = process.env['MUTATE_SELF'] === '1';
// MUTATE_SELF=e2e (`npm run mutate:self:e2e`) is mutate testing itself through its end-to-end tests
// (MUTATE_SELF_TESTS: their globs, comma-separated; default test/cli-*.test.ts): they run the built CLI
// in child processes, which load the instrumented build from the sandbox.
const selfEndToEnd = process.env['MUTATE_SELF'] === 'e2e';
// mutate under test names its switchboard MUTATE_SWITCHBOARD (read by now: this runs in its lab's
// worker); the mutate its end-to-end tests start must keep the usual one, or the two would share it.
delete process.env['MUTATE_SWITCHBOARD'];
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  ...(self
    ? {
        resolve: {
          alias: [
            { find: /^@mutate\/core$/, replacement: source('./packages/core/src/index.ts') },
            { find: /^@mutate\/core\/runner$/, replacement: source('./packages/core/src/runner-api.ts') },
            { find: /^@mutate\/core\/start$/, replacement: source('./packages/core/src/start-api.ts') },
            { find: /^@mutate\/mutators$/, replacement: source('./mutators/src/index.ts') },
          ],
        },
      }
    : {}),
  test: {
    include: self
      ? ['packages/core/test/**/*.test.ts', 'mutators/test/**/*.test.ts', 'test/oracles/expression-property.test.ts', 'test/explain-probes.test.ts']
      : selfEndToEnd
        ? (process.env['MUTATE_SELF_TESTS'] ?? 'test/cli-*.test.ts').split(',')
        : ['packages/*/test/**/*.test.ts', 'mutators/test/**/*.test.ts', 'runners/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'examples/**', '**/fixtures/**', ...(self ? ['packages/core/test/lab.test.ts', 'packages/core/test/compile-errors.test.ts'] : [])],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
