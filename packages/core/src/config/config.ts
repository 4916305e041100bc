import { UserError } from '../errors.js';
import { closest } from './suggest.js';

export const REPORTERS = ['clear-text', 'progress', 'json', 'html', 'github', 'sarif', 'markdown'] as const;
export type ReporterName = (typeof REPORTERS)[number];
export const TEST_RUNNERS = ['vitest', 'jest', 'node', 'command'] as const;
export type TestRunnerName = (typeof TEST_RUNNERS)[number];

/** What a user writes in `mutate.config.*`, the `mutate` key of package.json, or as flags. All optional. */
export interface UserConfig {
  /** Globs of files to mutate; `!` excludes. Default: the sources under `src/` and `lib/`, minus tests. */
  mutate?: string[];
  /** Detected from the project's test script and dependencies when not set (`detect-runner.ts`). */
  testRunner?: TestRunnerName;
  /** The command runner's test command, run whole for each mutant (`--test-command`). Default: `npm test`. */
  testCommand?: string;
  /**
   * Node processes the tests start (a CLI they spawn) load the instrumented sources from a sandbox
   * outside the project and report what they reached. Default: true; false leaves them alone.
   */
  sandbox?: boolean;
  /**
   * Explain each survivor: its tests run once more with a probe at the mutated code, and the report
   * says what the tests fed it and an input that would catch it. Default: true.
   */
  explain?: boolean;
  /** Test workers in parallel. Default: available cores. */
  concurrency?: number;
  reporters?: ReporterName[];
  thresholds?: { high?: number; low?: number; break?: number | null };
  /** A mutant's time limit is `timeoutFactor` × its tests' dry-run time + `timeoutMs`. */
  timeoutFactor?: number;
  timeoutMs?: number;
  /** Where the JSON and HTML reports go. Default: `reports/mutation`. */
  reportDir?: string;
  /** Reuse the verdicts of earlier runs whose inputs did not change. Default: true. */
  cache?: boolean;
  /** Where the results cache lives. Default: `node_modules/.cache/mutate`. */
  cacheDir?: string;
  /** How vitest is run: which config file (as vitest's `--config`) and which projects (as `--project`). */
  vitest?: VitestSettings;
  /** How jest is run: which config file (as jest's `--config`). */
  jest?: JestSettings;
  /** How node:test is run: which files are tests (globs), when not those of the package.json test script or Node's defaults. */
  node?: NodeTestSettings;
}

export interface JestSettings {
  /** The jest config file, relative to the project directory. Default: jest's own lookup. */
  configFile?: string;
}

export interface NodeTestSettings {
  /** Globs of the test files, as given to `node --test`. */
  files?: string[];
}

/** The vitest runner's settings; StrykerJS's `vitest.configFile` has the same name and meaning. */
export interface VitestSettings {
  /** The vitest config file, relative to the project directory. Default: vitest's own lookup. */
  configFile?: string;
  /** Only these projects of `test.projects` (names; `*` wildcards and `!` exclusions, as vitest's `--project`). Default: all. */
  project?: string | string[];
}

/** Every setting decided: defaults applied under the config file, flags over both. */
export interface ResolvedConfig {
  readonly mutate: readonly string[] | undefined;
  /** undefined: detected from the project (`detectTestRunner`). */
  readonly testRunner: TestRunnerName | undefined;
  readonly testCommand: string | undefined;
  readonly sandbox: boolean;
  readonly explain: boolean;
  readonly concurrency: number;
  readonly reporters: readonly ReporterName[];
  readonly thresholds: { readonly high: number; readonly low: number; readonly break: number | null };
  readonly timeoutFactor: number;
  readonly timeoutMs: number;
  readonly reportDir: string;
  readonly cache: boolean;
  readonly cacheDir: string;
  readonly vitest: { readonly configFile?: string; readonly project?: readonly string[] };
  readonly jest: Readonly<JestSettings>;
  readonly node: { readonly files?: readonly string[] };
}

/** An identity function that gives a config file its types: `export default defineConfig({ ... })`. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}

type Check = (value: unknown, key: string, source: string) => void;

const isNumberIn = (min: number, max: number, integer = false): Check => (value, key, source) => {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new UserError(`${source}: \`${key}\` must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not ${JSON.stringify(value)}`, 'usage');
  }
};

const isStringList: Check = (value, key, source) => {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw new UserError(`${source}: \`${key}\` must be a list of strings, not ${JSON.stringify(value)}`, 'usage');
  }
};

const isOneOf = (allowed: readonly string[], many: boolean): Check => (value, key, source) => {
  const values = many ? value : [value];
  if (many) isStringList(value, key, source);
  for (const item of values as unknown[]) {
    if (typeof item === 'string' && allowed.includes(item)) continue;
    const suggestion = typeof item === 'string' ? closest(item, allowed) : undefined;
    throw new UserError(`${source}: \`${key}\` cannot be ${JSON.stringify(item)}${suggestion ? `; did you mean '${suggestion}'?` : ''} (one of: ${allowed.join(', ')})`, 'usage');
  }
};

const THRESHOLD_CHECKS: Record<string, Check> = {
  high: isNumberIn(0, 100),
  low: isNumberIn(0, 100),
  break: (value, key, source) => {
    if (value !== null) isNumberIn(0, 100)(value, key, source);
  },
};

const isStringOrList: Check = (value, key, source) => {
  if (typeof value !== 'string') isStringList(value, key, source);
};

const VITEST_CHECKS: Record<keyof VitestSettings, Check> = {
  configFile: isPath,
  project: isStringOrList,
};

const JEST_CHECKS: Record<keyof JestSettings, Check> = {
  configFile: isPath,
};

const NODE_TEST_CHECKS: Record<keyof NodeTestSettings, Check> = {
  files: isStringList,
};

const isBoolean: Check = (value, key, source) => {
  if (typeof value !== 'boolean') throw new UserError(`${source}: \`${key}\` must be true or false, not ${JSON.stringify(value)}`, 'usage');
};

const CHECKS: Record<keyof UserConfig, Check> = {
  mutate: isStringList,
  testRunner: isOneOf(TEST_RUNNERS, false),
  testCommand: (value, key, source) => {
    if (typeof value !== 'string' || value.trim() === '') throw new UserError(`${source}: \`${key}\` must be a command, not ${JSON.stringify(value)}`, 'usage');
  },
  sandbox: isBoolean,
  explain: isBoolean,
  concurrency: isNumberIn(1, 1024, true),
  reporters: isOneOf(REPORTERS, true),
  thresholds: (value, key, source) => checkObject(value, THRESHOLD_CHECKS, source, `${key}.`),
  timeoutFactor: isNumberIn(0, 1000),
  timeoutMs: isNumberIn(0, 3_600_000, true),
  reportDir: isPath,
  cache: isBoolean,
  cacheDir: isPath,
  vitest: (value, key, source) => checkObject(value, VITEST_CHECKS, source, `${key}.`),
  jest: (value, key, source) => checkObject(value, JEST_CHECKS, source, `${key}.`),
  node: (value, key, source) => checkObject(value, NODE_TEST_CHECKS, source, `${key}.`),
};

function isPath(value: unknown, key: string, source: string): void {
  if (typeof value !== 'string' || value === '') throw new UserError(`${source}: \`${key}\` must be a path`, 'usage');
}

function checkObject(value: unknown, checks: Record<string, Check>, source: string, prefix = ''): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${source}: ${prefix ? `\`${prefix.slice(0, -1)}\` must be an object` : 'the config must be an object'}, not ${JSON.stringify(value)}`, 'usage');
  }
  for (const [key, item] of Object.entries(value)) {
    const check = checks[key];
    if (!check) {
      const suggestion = closest(key, Object.keys(checks));
      throw new UserError(`${source}: unknown config key \`${prefix}${key}\`${suggestion ? `; did you mean \`${prefix}${suggestion}\`?` : ''}`, 'usage');
    }
    if (item !== undefined) check(item, `${prefix}${key}`, source);
  }
}

/** Checks a config read from `source` (a file name, or "command line"): an unknown key or a bad value names it. */
export function validateUserConfig(value: unknown, source: string): UserConfig {
  checkObject(value, CHECKS, source);
  return value as UserConfig;
}

export const DEFAULT_CONFIG: Omit<ResolvedConfig, 'concurrency' | 'mutate' | 'vitest' | 'jest' | 'node' | 'testRunner' | 'testCommand'> = {
  sandbox: true,
  explain: true,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  thresholds: { high: 80, low: 60, break: null },
  timeoutFactor: 1.5,
  timeoutMs: 5_000,
  reportDir: 'reports/mutation',
  cache: true,
  cacheDir: 'node_modules/.cache/mutate',
};

/** Flags over the config file over defaults; `thresholds` merge key by key. */
export function resolveConfig(fromFile: UserConfig, fromFlags: UserConfig, defaultConcurrency: number, env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  const merged = { ...fromFile, ...withoutUndefined(fromFlags) };
  // In GitHub Actions the survivors also become annotations and a step summary, unless reporters are chosen.
  const defaultReporters = env['GITHUB_ACTIONS'] === 'true' ? [...DEFAULT_CONFIG.reporters, 'github' as const] : DEFAULT_CONFIG.reporters;
  return {
    mutate: merged.mutate,
    testRunner: merged.testRunner,
    testCommand: merged.testCommand,
    sandbox: merged.sandbox ?? DEFAULT_CONFIG.sandbox,
    explain: merged.explain ?? DEFAULT_CONFIG.explain,
    concurrency: merged.concurrency ?? defaultConcurrency,
    reporters: merged.reporters ?? defaultReporters,
    thresholds: { ...DEFAULT_CONFIG.thresholds, ...withoutUndefined(fromFile.thresholds ?? {}), ...withoutUndefined(fromFlags.thresholds ?? {}) },
    timeoutFactor: merged.timeoutFactor ?? DEFAULT_CONFIG.timeoutFactor,
    timeoutMs: merged.timeoutMs ?? DEFAULT_CONFIG.timeoutMs,
    reportDir: merged.reportDir ?? DEFAULT_CONFIG.reportDir,
    cache: merged.cache ?? DEFAULT_CONFIG.cache,
    cacheDir: merged.cacheDir ?? DEFAULT_CONFIG.cacheDir,
    vitest: resolveVitestSettings({ ...withoutUndefined(fromFile.vitest ?? {}), ...withoutUndefined(fromFlags.vitest ?? {}) }),
    jest: { ...withoutUndefined(fromFile.jest ?? {}), ...withoutUndefined(fromFlags.jest ?? {}) },
    node: { ...withoutUndefined(fromFile.node ?? {}), ...withoutUndefined(fromFlags.node ?? {}) },
  };
}

function resolveVitestSettings({ configFile, project }: VitestSettings): ResolvedConfig['vitest'] {
  const projects = project === undefined ? [] : typeof project === 'string' ? [project] : project;
  return { ...(configFile ? { configFile } : {}), ...(projects.length > 0 ? { project: projects } : {}) };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as Partial<T>;
}
