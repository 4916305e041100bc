import { readFileSync } from 'node:fs';
import type { FileResult, MutationTestResult, TestFile } from 'mutation-testing-report-schema';
import { UserError } from '../errors.js';

/** Reads a mutation-testing-report-schema JSON file, refusing anything else with a clear message. */
export function readReport(path: string, shownAs = path): MutationTestResult {
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError(`${shownAs}: not a readable JSON report (${(error as Error).message.split('\n')[0]})`, 'input');
  }
  const candidate = report as Partial<MutationTestResult>;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.schemaVersion !== 'string' || typeof candidate.files !== 'object') {
    throw new UserError(`${shownAs}: not a mutation-testing-report-schema report (no schemaVersion or files)`, 'input');
  }
  return report as MutationTestResult;
}

/**
 * One report from the reports of shards of the same run: each file's mutants are the union of the
 * shards' (a mutant in two reports must be the same verdict twice, or the shards were not of one run).
 */
export function mergeReports(reports: readonly { path: string; report: MutationTestResult }[]): MutationTestResult {
  if (reports.length === 0) throw new UserError('mutate merge needs at least one report', 'usage');
  const files: Record<string, FileResult> = {};
  const testFiles: Record<string, TestFile> = {};
  const seen = new Map<string, string>();
  for (const { path, report } of reports) {
    for (const [name, file] of Object.entries(report.files)) {
      const merged = (files[name] ??= { ...file, mutants: [] });
      if (merged.source !== file.source) throw new UserError(`${path}: ${name} differs from the other reports' copy: the shards must come from the same sources`, 'input');
      for (const mutant of file.mutants) {
        const key = `${name}#${mutant.id}`;
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          if (earlier !== mutant.status) throw new UserError(`${path}: mutant ${mutant.id} of ${name} is ${mutant.status} here but ${earlier} in another report`, 'input');
          continue;
        }
        seen.set(key, mutant.status);
        merged.mutants.push(mutant);
      }
    }
    for (const [name, testFile] of Object.entries(report.testFiles ?? {})) {
      const merged = (testFiles[name] ??= { ...testFile, tests: [] });
      const ids = new Set(merged.tests.map((test) => test.id));
      merged.tests.push(...testFile.tests.filter((test) => !ids.has(test.id)));
    }
  }
  for (const file of Object.values(files)) file.mutants.sort((a, b) => Number(a.id) - Number(b.id));
  const { schemaVersion, thresholds, projectRoot, framework } = reports[0]!.report;
  return { schemaVersion, thresholds, ...(projectRoot ? { projectRoot } : {}), files, testFiles, ...(framework ? { framework } : {}) };
}
