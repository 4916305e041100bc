import { defineConfig } from 'vitest/config';

// One root config, three test projects (vitest 4 `test.projects`). Options set here are
// inherited by every project that says `extends: true`; each project then adds its own.
export default defineConfig({
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts'],
          // The store and emitter tests are order-independent; keep them in file order anyway,
          // as the real project does to make failures reproducible.
          sequence: { shuffle: false, hooks: 'stack' },
          testTimeout: 2_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'format',
          include: ['test/format/**/*.test.ts'],
          // Registers custom matchers and resets the global format options before each test.
          setupFiles: ['./test/format/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cli-args',
          include: ['test/cli-args/**/*.test.ts'],
          environment: 'node',
          globals: true,
          testTimeout: 5_000,
        },
      },
    ],
  },
});
