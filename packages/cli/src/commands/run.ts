import { availableParallelism } from 'node:os';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { changedLinesSince, formatPercent, githubAnnotations, loadConfig, markdownSummary, parseUnifiedDiff, resolveConfig, runMutationTesting, UserError, type ChangedLines, type MutantResult, type ResolvedConfig, type RunEvent, type RunSummary, type Shard, type UserConfig } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { ExitCode } from '../exit-codes.js';
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

/** How many survivors the console shows; the reports have them all. */
const SURVIVORS_SHOWN = 20;

export async function runCommand(options: RunOptions, output: Output): Promise<ExitCode> {
  const { config: fromFile } = await loadConfig(options.cwd, options.configFile);
  const config = resolveConfig(fromFile, options.flags, availableParallelism());
  const inProject = (path: string) => (isAbsolute(path) ? path : join(options.cwd, path));
  const reportDir = inProject(config.reportDir);
  const summary = await runMutationTesting({
    root: options.cwd,
    ...(config.mutate ? { mutate: config.mutate } : {}),
    mutators: allMutators,
    runnerModule: import.meta.resolve('@mutate/vitest-runner'),
    concurrency: config.concurrency,
    plan: { timeoutFactor: config.timeoutFactor, timeoutMs: config.timeoutMs, hitLimitFactor: 100 },
    thresholds: config.thresholds,
    reportDir,
    reports: config.reporters.filter((reporter) => reporter === 'json' || reporter === 'html' || reporter === 'sarif' || reporter === 'markdown'),
    version: options.version,
    ...(options.shard ? { shard: options.shard } : {}),
    ...(options.diff ? { diff: readDiff(options.diff, options.cwd) } : {}),
    ...(config.cache ? { cacheFile: join(inProject(config.cacheDir), 'results.json') } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
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

/** Warnings always; progress when asked: on a terminal a live line (done/total, killed, survived, rate, ETA), in CI a plain line every few seconds. */
function eventPrinter(output: Output, showProgress: boolean): (event: RunEvent) => void {
  const interval = process.stderr.isTTY ? 200 : 5_000;
  let lastShown = 0;
  let started = 0;
  const counts = { killed: 0, survived: 0 };
  return (event) => {
    if (event.type === 'warning') output.warn(event.message);
    if (!showProgress) return;
    if (event.type === 'scope') output.progress(`${event.description}: ${event.inScope} of ${event.total} mutants in scope`);
    if (event.type === 'cache' && event.reused > 0) output.progress(`reused ${event.reused} verdicts from the cache; ${event.toRun} mutants to test`);
    if (event.type === 'generated') output.progress(`${event.mutants} mutants in ${event.files} files; running the tests once (dry run)...`);
    if (event.type === 'dry-run') {
      output.progress(`dry run: ${event.tests} tests passed in ${Math.round(event.durationMs)} ms; testing mutants...`);
      started = performance.now();
    }
    if (event.type !== 'mutant') return;
    if (event.result.status === 'Killed' || event.result.status === 'Timeout') counts.killed += 1;
    if (event.result.status === 'Survived') counts.survived += 1;
    const now = performance.now();
    if (event.done < event.total && now - lastShown < interval) return;
    lastShown = now;
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? event.done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((event.total - event.done) / rate) : 0;
    output.progress(
      `tested ${event.done}/${event.total} (${Math.floor((100 * event.done) / event.total)}%) · ${counts.killed} killed · ${counts.survived} survived · ${rate.toFixed(1)} mutants/s · ETA ${eta}s`,
    );
  };
}

/** Workflow annotations on stdout, and the Markdown summary on the job's page when GitHub gives a file for it. */
function reportToGitHub(summary: RunSummary, output: Output): void {
  for (const annotation of githubAnnotations(summary.report)) output.out(annotation);
  const stepSummary = process.env['GITHUB_STEP_SUMMARY'];
  if (stepSummary) appendFileSync(stepSummary, markdownSummary(summary.report));
}

function readDiff(diff: NonNullable<RunOptions['diff']>, cwd: string): { changed: ChangedLines; description: string } {
  if ('since' in diff) return { changed: changedLinesSince(cwd, diff.since), description: `changes since ${diff.since}` };
  const path = diff.inDiff === '-' ? 0 : resolve(cwd, diff.inDiff);
  if (path !== 0 && !existsSync(path)) throw new UserError(`--in-diff: ${diff.inDiff} does not exist`, 'usage');
  return { changed: parseUnifiedDiff(readFileSync(path, 'utf8'), cwd), description: `the diff ${diff.inDiff === '-' ? 'from stdin' : diff.inDiff}` };
}

function printSummary(summary: RunSummary, config: ResolvedConfig, cwd: string, output: Output): void {
  output.progress(summary.interrupted ? 'interrupted: the reports hold what was tested; the rest is Pending\n' : 'done\n');
  const survivors = summary.results.filter((result) => result.status === 'Survived');
  if (survivors.length > 0) {
    output.out(`Survivors (${survivors.length}): faults no test noticed\n`);
    for (const survivor of survivors.slice(0, SURVIVORS_SHOWN)) output.out(`${survivorDiff(survivor, summary)}\n`);
    if (survivors.length > SURVIVORS_SHOWN) output.out(`... and ${survivors.length - SURVIVORS_SHOWN} more in the report\n`);
  }
  output.out(fileTable(summary));
  const line = (['Killed', 'Survived', 'NoCoverage', 'Timeout', 'RuntimeError', 'Ignored', 'Pending'] as const)
    .filter((status) => summary.counts[status] > 0 || status === 'Killed' || status === 'Survived')
    .map((status) => `${status} ${summary.counts[status]}`)
    .join(' · ');
  output.out(line);
  if (summary.scope) output.out(`Scoped run (${Object.entries(summary.scope).map(([key, value]) => `${key}: ${value}`).join(', ')}): this score covers only the mutants in scope.`);
  output.out(`Mutation score: ${formatPercent(summary.score)} (on covered code: ${formatPercent(summary.coveredScore)})${config.thresholds.break === null ? '' : ` · break at ${config.thresholds.break}%`}`);
  for (const file of summary.reportFiles) output.out(`Report: ${relative(cwd, file)}`);
}

/** A survivor as a small diff with the tests that ran it. */
function survivorDiff({ mutant, coveredBy }: MutantResult, summary: RunSummary): string {
  const indent = (text: string, mark: string) => text.split('\n').map((line) => `  ${mark} ${line}`).join('\n');
  const tests = coveredBy?.length ? `  covered by ${coveredBy.length} test${coveredBy.length === 1 ? '' : 's'}: ${coveredBy.slice(0, 3).map((id) => summary.testNames.get(id) ?? id).join('; ')}${coveredBy.length > 3 ? '; ...' : ''}` : '';
  return [`${mutant.file}:${mutant.location.start.line}  ${mutant.mutatorName}`, indent(mutant.original, '-'), indent(mutant.replacement, '+'), tests].filter(Boolean).join('\n');
}

function fileTable(summary: RunSummary): string {
  const rows = summary.files.filter((file) => file.score !== undefined || file.counts.Survived > 0).map((file) => [file.file, formatPercent(file.score), String(file.counts.Killed + file.counts.Timeout), String(file.counts.Survived), String(file.counts.NoCoverage)]);
  const header = ['File', 'Score', 'Killed', 'Survived', 'No coverage'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(header), ...rows.map(format), ''].join('\n');
}
