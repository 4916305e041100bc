import { defineConfig } from 'vitest/config';

// mutate's own tests. Workspace packages resolve to their built `dist/` (npm test builds first),
// so end-to-end tests exercise exactly what users run. The examples' suites are not ours: excluded.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'mutators/test/**/*.test.ts', 'runners/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'examples/**', '**/fixtures/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
