import { mkdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { formatPercent, htmlReport, loadConfig, mergeReports, readReport, resolveConfig, scoreOf, type UserConfig } from '@mutate/core';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';

export interface MergeOptions {
  readonly cwd: string;
  readonly reports: readonly string[];
  readonly outDir: string | undefined;
  readonly configFile: string | undefined;
  readonly flags: UserConfig;
}

/** Joins the JSON reports of shards into one (JSON and HTML) and applies the thresholds to the merged score. */
export async function mergeCommand(options: MergeOptions, output: Output): Promise<ExitCode> {
  const { config: fromFile } = await loadConfig(options.cwd, options.configFile);
  const config = resolveConfig(fromFile, options.flags, 1);
  const merged = mergeReports(options.reports.map((path) => ({ path, report: readReport(resolve(options.cwd, path), path) })));
  merged.thresholds = { high: config.thresholds.high, low: config.thresholds.low };
  const outDir = options.outDir ?? config.reportDir;
  const dir = isAbsolute(outDir) ? outDir : join(options.cwd, outDir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mutation.json'), `${JSON.stringify(merged, null, 2)}\n`);
  writeFileSync(join(dir, 'mutation.html'), htmlReport(merged));

  const score = scoreOf(Object.values(merged.files).flatMap((file) => file.mutants));
  const counts = Object.entries(score.counts).filter(([, count]) => count > 0).map(([status, count]) => `${status} ${count}`).join(' · ');
  output.out(`Merged ${options.reports.length} reports: ${counts}`);
  output.out(`Mutation score: ${formatPercent(score.score)}`);
  output.out(`Report: ${relative(options.cwd, join(dir, 'mutation.json'))}\nReport: ${relative(options.cwd, join(dir, 'mutation.html'))}`);
  const threshold = config.thresholds.break;
  if (threshold !== null && score.score !== undefined && score.score < threshold) {
    output.error(`the merged mutation score ${score.score.toFixed(2)}% is below the break threshold ${threshold}%`);
    return ExitCode.BelowBreak;
  }
  return ExitCode.Success;
}
