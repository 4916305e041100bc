import type { GlobalConfig, ProjectConfig } from './jest-api.js';
import type { ProjectJest } from './resolve-jest.js';

type HookName = 'globalSetup' | 'globalTeardown';

/**
 * Runs the projects' `globalSetup` or `globalTeardown` modules as jest's own run does (each module
 * once, through its project's transforms, given the global and project configs). Each lab thread
 * is a jest run of its own: what a setup puts in `process.env` or on the global is the thread's.
 */
export async function runGlobalHook(jest: ProjectJest, name: HookName, globalConfig: GlobalConfig, configs: readonly ProjectConfig[]): Promise<void> {
  const modules = new Map<string, ProjectConfig>();
  for (const config of configs) if (config[name] && !modules.has(config[name])) modules.set(config[name], config);
  const global = globalConfig[name];
  if (global && !modules.has(global) && configs[0]) modules.set(global, configs[0]);
  for (const [path, config] of modules) {
    const transformer = await jest.transform.createScriptTransformer(config);
    const hook = await transformer.requireAndTranspileModule<unknown>(path);
    if (typeof hook !== 'function') throw new TypeError(`${name} file must export a function at ${path}`);
    await (hook as (globalConfig: GlobalConfig, projectConfig: ProjectConfig) => unknown)(globalConfig, config);
  }
}
