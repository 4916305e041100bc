import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { UserError } from '@mutate/core/runner';
import type { GlobalConfig, ProjectConfig } from './jest-api.js';
import type { ProjectJest } from './resolve-jest.js';

/** The runner's settings from mutate's config (`jest: { configFile }`). */
export interface JestSettings {
  /** The jest config file, relative to the project (else jest finds its own: `jest.config.*`, the `jest` key of package.json). */
  readonly configFile?: string;
}

/**
 * The project's jest config, as `jest` would read it in `root` (every project of its `projects`),
 * or a `UserError` saying what is wrong with it.
 */
export async function readJestConfig(jest: ProjectJest, root: string, settings: JestSettings): Promise<{ globalConfig: GlobalConfig; configs: ProjectConfig[] }> {
  const configFile = settings.configFile === undefined ? undefined : resolve(root, settings.configFile);
  if (configFile && !existsSync(configFile)) throw new UserError(`the jest config file ${settings.configFile} (jest.configFile in mutate's config) does not exist in ${root}`, 'usage');
  let read: { globalConfig: GlobalConfig; configs: ProjectConfig[] };
  try {
    read = await jest.config.readConfigs({ $0: 'mutate', _: [], watchman: false, ...(configFile ? { config: configFile } : {}) }, [root]);
  } catch (error) {
    // jest-config's messages (jest-validate's) are written for a terminal: colors, and the stack is noise.
    const message = stripVTControlCharacters((error as Error).message ?? String(error)).trim();
    throw new UserError(`jest cannot read its config in ${root}: ${message}`, 'input');
  }
  for (const config of read.configs) {
    // Coverage per test and test selection go through jest-circus's events (the default runner since jest 27).
    if (!/jest-circus/.test(config.testRunner)) {
      throw new UserError(`mutate needs jest's default test runner, jest-circus; the jest project in ${config.rootDir} sets testRunner to ${config.testRunner}`, 'input');
    }
  }
  return read;
}

/** Where mutate lets jest write its caches: the project's own cache directory, unless it lies inside the project (mutate never writes there). */
export function cacheDirectoryFor(config: ProjectConfig, root: string, scratchDir: string | undefined): string {
  const inside = (dir: string) => {
    const path = relative(root, dir);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  if (!inside(config.cacheDirectory)) return config.cacheDirectory;
  return join(scratchDir ?? tmpdir(), 'mutate-jest-cache');
}

/** The paths of mutate's own modules jest loads in the thread. */
export interface MutateModules {
  readonly transformer: string;
  readonly environment: string;
}

/**
 * A project's config as mutate runs it: each transform behind mutate's transformer (which serves the
 * instrumented code), one more entry for served files no transform of the project matches, mutate's
 * environment around the project's, quiet tests and jest's caches out of the project.
 */
export function servingConfig(config: ProjectConfig, modules: MutateModules, servedPaths: readonly string[], cacheDirectory: string): ProjectConfig {
  const transform = config.transform.map(([pattern, path, options]) => [pattern, modules.transformer, { delegate: path, options }] as const);
  const served = servedPaths.length > 0 ? [[`^(?:${servedPaths.map(escapeRegExp).join('|')})$`, modules.transformer, {}] as const] : [];
  return { ...config, transform: [...transform, ...served], testEnvironment: modules.environment, cacheDirectory, silent: true };
}

/** The global config as mutate runs it: no coverage, no output, no snapshot ever written, no bail of jest's own. */
export function runGlobalConfig(globalConfig: GlobalConfig): GlobalConfig {
  return { ...globalConfig, collectCoverage: false, silent: true, verbose: false, ci: true, updateSnapshot: 'none', bail: 0, maxWorkers: 1, watch: false, watchAll: false };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
