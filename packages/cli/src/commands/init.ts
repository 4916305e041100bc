import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILES, DEFAULT_CONFIG, UserError } from '@mutate/core';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';

const STARTER = `// mutate's config: every key is optional; these are the defaults. Flags override them.
/** @type {import('@mutate/cli').UserConfig} */
export default {
  // Files to mutate (globs; '!' excludes). Default: the sources under src/ and lib/, minus tests.
  // mutate: ['src/**/*.ts', '!src/generated/**'],
  // Test workers in parallel; default: available cores.
  // concurrency: 4,
  reporters: ${JSON.stringify(DEFAULT_CONFIG.reporters)},
  // Below \`break\`, mutate run exits with code 4 (null: never).
  thresholds: { high: ${DEFAULT_CONFIG.thresholds.high}, low: ${DEFAULT_CONFIG.thresholds.low}, break: null },
  // A mutant's time limit: timeoutFactor × its tests' dry-run time + timeoutMs.
  timeoutFactor: ${DEFAULT_CONFIG.timeoutFactor},
  timeoutMs: ${DEFAULT_CONFIG.timeoutMs},
  reportDir: '${DEFAULT_CONFIG.reportDir}',
};
`;

/** Writes a starter `mutate.config.mjs`, never over an existing config. */
export function initCommand(cwd: string, output: Output): ExitCode {
  const existing = CONFIG_FILES.find((name) => existsSync(join(cwd, name)));
  if (existing) throw new UserError(`${existing} already exists; mutate init leaves it alone`, 'usage');
  writeFileSync(join(cwd, 'mutate.config.mjs'), STARTER);
  output.out('Wrote mutate.config.mjs. Next: npx mutate run');
  return ExitCode.Success;
}
