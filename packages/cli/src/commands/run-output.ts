// What `mutate run` prints: progress, the summary with survivors, GitHub's outputs. Loaded with the
// engine, after the lab has started (see run.ts).
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatPercent, githubAnnotations, markdownSummary, type MutantResult, type ResolvedConfig, type RunEvent, type RunSummary } from '@mutate/core';
import type { Output } from '../output.js';

/** How many survivors the console shows; the reports have them all. */
const SURVIVORS_SHOWN = 20;

/** Warnings always; progress when asked: on a terminal a live line (done/total, killed, survived, rate, ETA), in CI a plain line every few seconds. */
export function eventPrinter(output: Output, showProgress: boolean): (event: RunEvent) => void {
  const interval = process.stderr.isTTY ? 200 : 5_000;
  let lastShown = 0;
  let started = 0;
  const counts = { killed: 0, survived: 0 };
  return (event) => {
    if (event.type === 'warning') output.warn(event.message);
    if (!showProgress) return;
    if (event.type === 'scope') output.progress(`${event.description}: ${event.inScope} of ${event.total} mutants in scope`);
    if (event.type === 'cache' && event.reused > 0) output.progress(`reused ${event.reused} verdicts from the cache; ${event.toRun} mutants to test`);
    if (event.type === 'generated') output.progress(`${event.mutants} mutants in ${event.files} files; ${event.reusingDryRun ? 'the stored dry run still holds' : 'running the tests once (dry run)...'}`);
    if (event.type === 'dry-run') {
      output.progress(
        event.reused
          ? `dry run: reused (${event.tests} tests; nothing it depended on changed); testing mutants...`
          : `dry run: ${event.tests} tests passed in ${Math.round(event.durationMs)} ms; testing mutants...`,
      );
      started = performance.now();
    }
    if (event.type === 'explained' && event.explained > 0) {
      output.progress(`explained ${event.explained} survivor${event.explained === 1 ? '' : 's'} and uncovered mutants in ${(event.durationMs / 1000).toFixed(1)} s (${event.probesRun} reran their tests with a probe, in ${event.runs} run${event.runs === 1 ? '' : 's'})`);
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
export function reportToGitHub(summary: RunSummary, output: Output): void {
  for (const annotation of githubAnnotations(summary.report)) output.out(annotation);
  const stepSummary = process.env['GITHUB_STEP_SUMMARY'];
  if (stepSummary) appendFileSync(stepSummary, markdownSummary(summary.report));
}

export function printSummary(summary: RunSummary, config: ResolvedConfig, cwd: string, output: Output): void {
  output.progress(summary.interrupted ? 'interrupted: the reports hold what was tested; the rest is Pending\n' : 'done\n');
  const survivors = summary.results.filter((result) => result.status === 'Survived');
  if (survivors.length > 0) {
    output.out(`Survivors (${survivors.length}): faults no test noticed\n`);
    for (const survivor of survivors.slice(0, SURVIVORS_SHOWN)) output.out(`${survivorDiff(survivor, summary)}\n`);
    if (survivors.length > SURVIVORS_SHOWN) output.out(`... and ${survivors.length - SURVIVORS_SHOWN} more in the report\n`);
  }
  output.out(fileTable(summary));
  const line = (['Killed', 'Survived', 'NoCoverage', 'Timeout', 'RuntimeError', 'CompileError', 'Ignored', 'Pending'] as const)
    .filter((status) => summary.counts[status] > 0 || status === 'Killed' || status === 'Survived')
    .map((status) => `${status} ${summary.counts[status]}`)
    .join(' · ');
  output.out(line);
  if (summary.scope) output.out(`Scoped run (${Object.entries(summary.scope).map(([key, value]) => `${key}: ${value}`).join(', ')}): this score covers only the mutants in scope.`);
  output.out(`Mutation score: ${formatPercent(summary.score)} (on covered code: ${formatPercent(summary.coveredScore)})${config.thresholds.break === null ? '' : ` · break at ${config.thresholds.break}%`}`);
  for (const file of summary.reportFiles) output.out(`Report: ${relative(cwd, file)}`);
}

/** A survivor as a small diff with the tests that ran it, and why none of them noticed. */
function survivorDiff({ mutant, coveredBy, explanation }: MutantResult, summary: RunSummary): string {
  const indent = (text: string, mark: string) => text.split('\n').map((line) => `  ${mark} ${line}`).join('\n');
  const tests = coveredBy?.length ? `  covered by ${coveredBy.length} test${coveredBy.length === 1 ? '' : 's'}: ${coveredBy.slice(0, 3).map((id) => summary.testNames.get(id) ?? id).join('; ')}${coveredBy.length > 3 ? '; ...' : ''}` : '';
  const why = explanation ? `  why: ${explanation}` : '';
  return [`${mutant.file}:${mutant.location.start.line}  ${mutant.mutatorName}`, indent(mutant.original, '-'), indent(mutant.replacement, '+'), tests, why].filter(Boolean).join('\n');
}

function fileTable(summary: RunSummary): string {
  const rows = summary.files.filter((file) => file.score !== undefined || file.counts.Survived > 0).map((file) => [file.file, formatPercent(file.score), String(file.counts.Killed + file.counts.Timeout), String(file.counts.Survived), String(file.counts.NoCoverage)]);
  const header = ['File', 'Score', 'Killed', 'Survived', 'No coverage'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [format(header), ...rows.map(format), ''].join('\n');
}
