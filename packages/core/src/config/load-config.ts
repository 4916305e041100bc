import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createJiti } from 'jiti';
import { UserError } from '../errors.js';
import { validateUserConfig, type UserConfig } from './config.js';

/** Looked for in this order in the project directory. */
export const CONFIG_FILES = ['mutate.config.ts', 'mutate.config.mts', 'mutate.config.js', 'mutate.config.mjs', 'mutate.config.json'] as const;

export interface LoadedConfig {
  readonly config: UserConfig;
  /** Where it came from, for messages; undefined when there is no config. */
  readonly source: string | undefined;
}

/**
 * The project's config: `--config <file>`, else the first `mutate.config.*`, else the `mutate` key of
 * package.json, else none. TypeScript configs are loaded with jiti (Node 20 cannot import `.ts`).
 */
export async function loadConfig(root: string, explicitFile?: string): Promise<LoadedConfig> {
  const file = explicitFile ? resolve(root, explicitFile) : CONFIG_FILES.map((name) => join(root, name)).find((path) => existsSync(path));
  if (explicitFile && !existsSync(file!)) throw new UserError(`--config: ${explicitFile} does not exist`, 'usage');
  if (file) {
    const source = basename(file);
    return { config: validateUserConfig(await readConfigFile(file, source), source), source };
  }
  const packageJson = join(root, 'package.json');
  if (existsSync(packageJson)) {
    const manifest = parseJson(readFileSync(packageJson, 'utf8'), 'package.json') as { mutate?: unknown };
    if (manifest.mutate !== undefined) return { config: validateUserConfig(manifest.mutate, 'package.json "mutate"'), source: 'package.json' };
  }
  return { config: {}, source: undefined };
}

async function readConfigFile(file: string, source: string): Promise<unknown> {
  if (file.endsWith('.json')) return parseJson(readFileSync(file, 'utf8'), source);
  try {
    const jiti = createJiti(import.meta.url, { moduleCache: false });
    const module = (await jiti.import(file)) as { default?: unknown };
    return module.default ?? module;
  } catch (error) {
    throw new UserError(`${source} could not be loaded: ${(error as Error).message.split('\n')[0]}`, 'usage');
  }
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UserError(`${source} is not valid JSON: ${(error as Error).message}`, 'usage');
  }
}
