import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutantResult, MutationTestResult } from 'mutation-testing-report-schema';

export type { MutantResult, MutationTestResult };

/** The JSON report `mutate run` wrote in the project (the default report directory). */
export function readReport(projectDir: string): MutationTestResult {
  return JSON.parse(readFileSync(join(projectDir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
}

/**
 * Each mutant's status in `reportDir/mutation.json`, keyed `line:mutator:replacement`: the same key
 * in two runs of the same sources, to compare their verdicts.
 */
export function verdictsByPlace(projectDir: string, reportDir: string, file: string): Record<string, string> {
  const report = JSON.parse(readFileSync(join(projectDir, reportDir, 'mutation.json'), 'utf8')) as MutationTestResult;
  return Object.fromEntries((report.files[file]?.mutants ?? []).map((mutant) => [`${mutant.location.start.line}:${mutant.mutatorName}:${mutant.replacement}`, mutant.status]));
}

/** One mutant as the report gives it, with its killing and covering tests named `file: suite > test`. */
export interface ReadableMutant {
  readonly status: MutantResult['status'];
  readonly killedBy: string[] | undefined;
  readonly coveredBy: string[] | undefined;
  readonly testsCompleted: number | undefined;
  readonly static: boolean | undefined;
}

/**
 * The mutant of `file` whose replacement is `replacement`, found by its line, or by the original text
 * it replaces (which must occur once in the file); fails the test if there is not exactly one.
 */
export function reportedMutant(report: MutationTestResult, file: string, where: number | string, replacement: string): ReadableMutant {
  const mutants = report.files[file]?.mutants ?? [];
  const start = typeof where === 'string' ? startOf(report.files[file]?.source ?? '', where) : undefined;
  const here = (mutant: MutantResult) =>
    start ? mutant.location.start.line === start.line && mutant.location.start.column === start.column : mutant.location.start.line === where;
  const matches = mutants.filter((mutant) => here(mutant) && mutant.replacement === replacement);
  if (matches.length !== 1) {
    const nearby = mutants.filter(here).map((mutant) => mutant.replacement);
    throw new Error(`expected one mutant '${replacement}' at ${file}:${JSON.stringify(where)}, found ${matches.length} (there: ${JSON.stringify(nearby)})`);
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

/** Line and column (both from 1, as the report has them) of the one occurrence of `text` in `source`. */
function startOf(source: string, text: string): { line: number; column: number } {
  const index = source.indexOf(text);
  if (index === -1 || source.indexOf(text, index + 1) !== -1) throw new Error(`expected ${JSON.stringify(text)} exactly once in the source`);
  const before = source.slice(0, index).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
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
