import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { changedLinesSince, DEFAULT_MUTATE_GLOBS, Lab, loadConfig, parseUnifiedDiff, readDryRun, resolveConfig, reusableDryRun, runFingerprint, UserError, type ChangedLines, type ResolvedConfig, type Shard, type UserConfig } from '@mutate/core/start';
import { ExitCode } from '../exit-codes.js';
import { labOptionsFor, runnerSettingsOf } from './lab-options.js';
import type { Output } from '../output.js';

export interface RunOptions {
  readonly cwd: string;
  /** `--config <file>`; otherwise mutate.config.* or package.json's `mutate` key is looked for. */
  readonly configFile: string | undefined;
  /** The flags, as config keys (undefined where not given). */
  readonly flags: UserConfig;
  readonly version: string;
  readonly shard?: Shard;
  /** `--since <ref>` or `--in-diff <file|->`. */
  readonly diff?: { readonly since: string } | { readonly inDiff: string };
  readonly signal?: AbortSignal;
}

export async function runCommand(options: RunOptions, output: Output): Promise<ExitCode> {
  const { config: fromFile } = await loadConfig(options.cwd, options.configFile);
  const config = resolveConfig(fromFile, options.flags, availableParallelism());
  const inProject = (path: string) => (isAbsolute(path) ? path : join(options.cwd, path));
  const diff = options.diff ? readDiff(options.diff, options.cwd) : undefined;
  const plan = { timeoutFactor: config.timeoutFactor, timeoutMs: config.timeoutMs, hitLimitFactor: 100 };
  // A stored dry run whose inputs did not change spares the dry run, and with every verdict cached,
  // the test runner itself.
  const dryRunCache = config.cache ? await storedDryRun(options, config, plan, inProject(config.cacheDir)) : undefined;
  // The workers start now: they load vitest while this thread loads the engine (Babel, the
  // mutators, the reports), ~0.4 s that would otherwise come one after the other.
  const labOptions = labOptionsFor(options.cwd, config, config.concurrency, options.signal);
  const lab = dryRunCache?.reuse ? undefined : new Lab(labOptions);
  let engine: [typeof import('@mutate/core'), typeof import('@mutate/mutators'), typeof import('./run-output.js')];
  try {
    engine = await Promise.all([import('@mutate/core'), import('@mutate/mutators'), import('./run-output.js')]);
  } catch (error) {
    await lab?.close();
    throw error;
  }
  const [{ runMutationTesting }, { allMutators }, { eventPrinter, printSummary, reportToGitHub }] = engine;
  const summary = await runMutationTesting({
    ...labOptions,
    ...(lab ? { lab } : {}),
    ...(dryRunCache ? { dryRunCache } : {}),
    ...(config.mutate ? { mutate: config.mutate } : {}),
    mutators: allMutators,
    plan,
    thresholds: config.thresholds,
    reportDir: inProject(config.reportDir),
    reports: config.reporters.filter((reporter) => reporter === 'json' || reporter === 'html' || reporter === 'sarif' || reporter === 'markdown'),
    version: options.version,
    explain: config.explain,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(diff ? { diff } : {}),
    ...(config.cache ? { cacheFile: join(inProject(config.cacheDir), 'results.json') } : {}),
    onEvent: eventPrinter(output, config.reporters.includes('progress')),
  });
  if (config.reporters.includes('clear-text')) printSummary(summary, config, options.cwd, output);
  if (config.reporters.includes('github')) reportToGitHub(summary, output);
  if (summary.interrupted) return ExitCode.Interrupted;
  const threshold = config.thresholds.break;
  if (threshold !== null && summary.score !== undefined && summary.score < threshold) {
    output.error(`the mutation score ${summary.score.toFixed(2)}% is below the break threshold ${threshold}%`);
    return ExitCode.BelowBreak;
  }
  return ExitCode.Success;
}

async function storedDryRun(options: RunOptions, config: ResolvedConfig, plan: object, cacheDir: string) {
  const file = join(cacheDir, 'dry-run.json');
  const fingerprint = runFingerprint({ version: options.version, mutate: config.mutate, runner: runnerSettingsOf(options.cwd, config), plan });
  const stored = readDryRun(file);
  const reuse = await reusableDryRun(stored, fingerprint, options.cwd, config.mutate ?? DEFAULT_MUTATE_GLOBS);
  return { file, fingerprint, ...(reuse ? { reuse } : {}), ...(stored ? { earlier: stored.dryRun } : {}) };
}

function readDiff(diff: NonNullable<RunOptions['diff']>, cwd: string): { changed: ChangedLines; description: string } {
  if ('since' in diff) return { changed: changedLinesSince(cwd, diff.since), description: `changes since ${diff.since}` };
  const path = diff.inDiff === '-' ? 0 : resolve(cwd, diff.inDiff);
  if (path !== 0 && !existsSync(path)) throw new UserError(`--in-diff: ${diff.inDiff} does not exist`, 'usage');
  return { changed: parseUnifiedDiff(readFileSync(path, 'utf8'), cwd), description: `the diff ${diff.inDiff === '-' ? 'from stdin' : diff.inDiff}` };
}
