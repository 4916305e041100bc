import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutantResult, MutationTestResult } from 'mutation-testing-report-schema';

export type { MutantResult, MutationTestResult };

/** The JSON report `mutate run` wrote in the project (the default report directory). */
export function readReport(projectDir: string): MutationTestResult {
  return JSON.parse(readFileSync(join(projectDir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
}

/** One mutant as the report gives it, with its killing and covering tests named `file: suite > test`. */
export interface ReadableMutant {
  readonly status: MutantResult['status'];
  readonly killedBy: string[] | undefined;
  readonly coveredBy: string[] | undefined;
  readonly testsCompleted: number | undefined;
  readonly static: boolean | undefined;
}

/** The mutant of `file` on `line` whose replacement is `replacement`; fails the test if there is not exactly one. */
export function reportedMutant(report: MutationTestResult, file: string, line: number, replacement: string): ReadableMutant {
  const matches = (report.files[file]?.mutants ?? []).filter((mutant) => mutant.location.start.line === line && mutant.replacement === replacement);
  if (matches.length !== 1) {
    const onLine = (report.files[file]?.mutants ?? []).filter((mutant) => mutant.location.start.line === line).map((mutant) => mutant.replacement);
    throw new Error(`expected one mutant '${replacement}' on ${file}:${line}, found ${matches.length} (that line has: ${JSON.stringify(onLine)})`);
  }
  const mutant = matches[0]!;
  const name = testNamer(report);
  return {
    status: mutant.status,
    killedBy: mutant.killedBy?.map(name),
    coveredBy: mutant.coveredBy?.map(name),
    testsCompleted: mutant.testsCompleted,
    static: mutant.static,
  };
}

/** Every mutant of the report's files that the filter keeps, as `file:line replacement → status`, for readable failures. */
export function verdictLines(report: MutationTestResult): string[] {
  return Object.entries(report.files).flatMap(([file, { mutants }]) => mutants.map((mutant) => `${file}:${mutant.location.start.line} ${mutant.replacement ?? mutant.mutatorName} → ${mutant.status}`));
}

function testNamer(report: MutationTestResult): (id: string) => string {
  const names = new Map<string, string>();
  for (const [file, { tests }] of Object.entries(report.testFiles ?? {})) for (const test of tests) names.set(test.id, `${file}: ${test.name}`);
  return (id) => names.get(id) ?? `unknown test ${id}`;
}
