import { existsSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { UserError } from '@mutate/core/runner';
import type { TestProject, Vitest } from 'vitest/node';
import type { ProjectVitest } from './resolve-vitest.js';

/** The runner's settings from mutate's config (`vitest` key, `--vitest-config`, `--vitest-project`). */
export interface VitestSettings {
  readonly configFile?: string;
  readonly project?: readonly string[];
}

/** The names vitest looks for, in its order (vitest 3, 4 and 5 agree), to name the config in messages. */
const DEFAULT_CONFIG_FILES = ['vitest.config', 'vite.config'].flatMap((name) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((extension) => `${name}.${extension}`));

/**
 * Creates the project's own vitest as `vitest run` would with the same `--config` and `--project`:
 * every project of `test.projects` (or vitest 3's workspace file), or only the chosen ones. A user
 * mistake becomes a `UserError` that names it: a missing config file or an unknown project (usage),
 * a config that fails to load (input), never a stack trace.
 */
export async function startVitest(projectVitest: ProjectVitest, root: string, settings: VitestSettings, options: Record<string, unknown>): Promise<Vitest> {
  const configFile = settings.configFile === undefined ? undefined : resolve(root, settings.configFile);
  if (configFile && !existsSync(configFile)) throw new UserError(`--vitest-config: ${settings.configFile} does not exist in ${root}`, 'usage');
  const withConfig = { ...options, ...(configFile ? { config: configFile } : {}) };
  try {
    return await createVitest(projectVitest, { ...withConfig, ...(settings.project?.length ? { project: [...settings.project] } : {}) });
  } catch (error) {
    const message = stripVTControlCharacters((error as Error).message ?? String(error));
    if (settings.project?.length && /no projects (matched|were found)|matched no projects/i.test(message)) {
      throw new UserError(`--vitest-project ${settings.project.join(', ')}: no such vitest project; the projects are: ${await projectNames(projectVitest, withConfig)}`, 'usage');
    }
    const file = configFile ?? DEFAULT_CONFIG_FILES.map((name) => resolve(root, name)).find((path) => existsSync(path));
    throw new UserError(`${file ? `the vitest config ${basename(file)}` : 'vitest'} could not be loaded: ${describeConfigError(error as ConfigError, root)}`, 'input');
  }
}

/** The names of every project the config defines, for the message about an unknown one. */
async function projectNames(projectVitest: ProjectVitest, options: Record<string, unknown>): Promise<string> {
  try {
    const vitest = await createVitest(projectVitest, options);
    const names = vitest.projects.map((project) => project.name || '(unnamed)');
    await vitest.close();
    return names.join(', ');
  } catch {
    return '(the config could not be read)';
  }
}

/** The projects whose tests mutate runs; projects that only type-check are left out, with a notice. */
export function testedProjects(vitest: Vitest): { projects: TestProject[]; notices: string[] } {
  const projects: TestProject[] = [];
  const notices: string[] = [];
  for (const project of vitest.projects) {
    const { typecheck, browser } = project.config as { typecheck?: { enabled?: boolean; only?: boolean }; browser?: { enabled?: boolean } };
    const name = project.name ? `vitest project '${project.name}'` : 'the vitest project';
    if (typecheck?.enabled && typecheck.only) {
      notices.push(`${name} only type-checks: left out (type tests cannot detect a mutant)`);
      continue;
    }
    if (browser?.enabled) {
      throw new UserError(`${name} runs its tests in a browser (browser mode), which mutate cannot run yet; choose the other projects with --vitest-project`, 'input');
    }
    projects.push(project);
  }
  return { projects, notices };
}

interface ConfigError {
  readonly message?: string;
  readonly loc?: { readonly file?: string; readonly line?: number; readonly column?: number };
  /** A bundler's errors ("Build failed with 1 error"), each with its own message and place. */
  readonly errors?: readonly ConfigError[];
}

/** The first line of the cause, and where it is (`file:line:column`) when the loader says. */
function describeConfigError(error: ConfigError, root: string): string {
  const cause = error.errors?.[0] ?? error;
  const text = stripVTControlCharacters(cause.message ?? String(cause)).split('\n').map((line) => line.trim()).find(Boolean) ?? 'unknown error';
  const { loc } = cause;
  return loc?.file && loc.line ? `${relative(root, loc.file)}:${loc.line}:${(loc.column ?? 0) + 1}: ${text}` : text;
}

/** vitest 5 dropped the mode argument of `createVitest`: `(mode, options, …)` before, `(options, …)` since. */
async function createVitest(projectVitest: ProjectVitest, options: Record<string, unknown>): Promise<Vitest> {
  const create = projectVitest.node.createVitest as (...args: unknown[]) => Promise<Vitest>;
  return create.length >= 2 ? create('test', options, {}) : create(options, {});
}
