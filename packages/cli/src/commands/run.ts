import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { DEFAULT_PLAN_OPTIONS, DEFAULT_REPORT_FILE, runMutationTesting, type MutantResult, type RunEvent, type RunSummary } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';

export interface RunOptions {
  readonly cwd: string;
  readonly mutate: readonly string[] | undefined;
  readonly concurrency: number | undefined;
  readonly timeoutFactor: number | undefined;
  readonly timeoutMs: number | undefined;
  readonly report: string | undefined;
  readonly version: string;
  readonly signal?: AbortSignal;
}

/** How many survivors the console lists; the report has them all. */
const SURVIVORS_SHOWN = 20;

export async function runCommand(options: RunOptions, output: Output): Promise<ExitCode> {
  const reportFile = options.report ? (isAbsolute(options.report) ? options.report : join(options.cwd, options.report)) : join(options.cwd, DEFAULT_REPORT_FILE);
  const progress = progressPrinter(output);
  const summary = await runMutationTesting({
    root: options.cwd,
    ...(options.mutate ? { mutate: options.mutate } : {}),
    mutators: allMutators,
    runnerModule: import.meta.resolve('@mutate/vitest-runner'),
    concurrency: options.concurrency ?? availableParallelism(),
    plan: {
      timeoutFactor: options.timeoutFactor ?? DEFAULT_PLAN_OPTIONS.timeoutFactor,
      timeoutMs: options.timeoutMs ?? DEFAULT_PLAN_OPTIONS.timeoutMs,
      hitLimitFactor: DEFAULT_PLAN_OPTIONS.hitLimitFactor,
    },
    thresholds: { high: 80, low: 60 },
    reportFile,
    version: options.version,
    ...(options.signal ? { signal: options.signal } : {}),
    onEvent: progress,
  });
  printSummary(summary, options.cwd, output);
  return summary.interrupted ? ExitCode.Interrupted : ExitCode.Success;
}

function progressPrinter(output: Output): (event: RunEvent) => void {
  let lastShown = 0;
  return (event) => {
    if (event.type === 'generated') output.progress(`${event.mutants} mutants in ${event.files} files; running the tests once (dry run)...`);
    if (event.type === 'dry-run') output.progress(`dry run: ${event.tests} tests passed in ${Math.round(event.durationMs)} ms; testing mutants...`);
    if (event.type !== 'mutant') return;
    const now = performance.now();
    if (event.done < event.total && now - lastShown < 500) return;
    lastShown = now;
    output.progress(`tested ${event.done}/${event.total} mutants (${Math.floor((100 * event.done) / event.total)}%)`);
  };
}

function printSummary(summary: RunSummary, cwd: string, output: Output): void {
  const { counts } = summary;
  output.progress(summary.interrupted ? 'interrupted: the report holds what was tested; the rest is Pending\n' : 'done\n');
  const survivors = summary.results.filter((result) => result.status === 'Survived');
  if (survivors.length > 0) {
    output.out(`Survivors (${survivors.length}): faults no test noticed`);
    for (const survivor of survivors.slice(0, SURVIVORS_SHOWN)) output.out(`  ${describe(survivor)}`);
    if (survivors.length > SURVIVORS_SHOWN) output.out(`  ... and ${survivors.length - SURVIVORS_SHOWN} more in the report`);
    output.out('');
  }
  const line = (['Killed', 'Survived', 'NoCoverage', 'Timeout', 'RuntimeError', 'Ignored', 'Pending'] as const)
    .filter((status) => counts[status] > 0 || status === 'Killed' || status === 'Survived')
    .map((status) => `${status} ${counts[status]}`)
    .join(' · ');
  output.out(line);
  output.out(`Mutation score: ${summary.score === undefined ? 'n/a' : `${summary.score.toFixed(2)}%`}`);
  output.out(`Report: ${relative(cwd, summary.reportFile)}`);
}

function describe({ mutant }: MutantResult): string {
  const oneLine = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}...` : text).replace(/\s*\n\s*/g, ' ');
  return `${mutant.file}:${mutant.location.start.line}:${mutant.location.start.column}  ${mutant.mutatorName}  ${oneLine(mutant.original)} → ${oneLine(mutant.replacement)}`;
}
