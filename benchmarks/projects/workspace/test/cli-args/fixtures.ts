import { number } from '../../src/core/index.js';
import type { CommandSpec } from '../../src/cli-args/index.js';

/** A bundler's `build` command: every kind of option, a required and a variadic positional. */
export const build: CommandSpec = {
  name: 'build',
  description: 'Bundle the sources into the output folder.',
  options: {
    outDir: { type: 'string', short: 'o', valueName: 'dir', default: 'dist', description: 'Where to write' },
    watch: { type: 'boolean', short: 'w', description: 'Rebuild on change' },
    minify: { type: 'boolean', default: true, description: 'Minify the output' },
    jobs: { type: 'number', short: 'j', description: 'Parallel jobs', schema: number({ min: 1, max: 64 }) },
    target: { type: 'string', choices: ['es2020', 'es2022', 'esnext'], default: 'es2022' },
    define: { type: 'list', short: 'D', valueName: 'key=value', description: 'Replace a global' },
    verbose: { type: 'boolean', short: 'v' },
  },
  positionals: [{ name: 'entry', required: true }, { name: 'more', variadic: true }],
};

/** The options `build` gets from its defaults alone. */
export const buildDefaults = { outDir: 'dist', minify: true, target: 'es2022' };

export const copy: CommandSpec = {
  name: 'cp',
  options: {},
  positionals: [
    { name: 'source', required: true },
    { name: 'dest', required: true },
  ],
};
