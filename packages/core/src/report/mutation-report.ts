import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { FileResult, MutationTestResult, MutantResult as SchemaMutant, TestFile } from 'mutation-testing-report-schema';
import type { DryRunTest } from '../runner.js';
import type { Mutant, MutantStatus, SourceFile } from '../types.js';

/** The verdict on one mutant. */
export interface MutantResult {
  readonly mutant: Mutant;
  readonly status: MutantStatus;
  readonly statusReason?: string;
  /** Why no test noticed a survivor (or reached a mutant), from `explain/`: reported as its `statusReason`. */
  readonly explanation?: string;
  readonly killedBy?: readonly string[];
  readonly coveredBy?: readonly string[];
  readonly isStatic?: boolean;
  readonly testsCompleted?: number;
  readonly durationMs?: number;
}

export interface Thresholds {
  readonly high: number;
  readonly low: number;
}

export interface ReportInput {
  readonly root: string;
  readonly files: readonly SourceFile[];
  readonly results: readonly MutantResult[];
  readonly tests: readonly DryRunTest[];
  readonly thresholds: Thresholds;
  readonly version: string;
  /** A run over part of the mutants (a shard, a diff): said in the report, so its score is not taken for the whole. */
  readonly scope?: Readonly<Record<string, string>>;
}

const TYPESCRIPT = /\.[cm]?tsx?$/;

/** The run as mutation-testing-report-schema JSON (what StrykerJS writes, and what mutation-testing-elements reads). */
export function toMutationReport({ root, files, results, tests, thresholds, version, scope }: ReportInput): MutationTestResult {
  const reportFiles: Record<string, FileResult> = {};
  for (const file of files) {
    reportFiles[file.path] = { language: TYPESCRIPT.test(file.path) ? 'typescript' : 'javascript', source: file.text, mutants: [] };
  }
  for (const result of results) reportFiles[result.mutant.file]?.mutants.push(toSchemaMutant(result));
  return {
    schemaVersion: '2',
    thresholds: { high: thresholds.high, low: thresholds.low },
    projectRoot: root,
    files: reportFiles,
    testFiles: testFilesOf(root, tests),
    framework: { name: 'mutate', version },
    ...(scope ? { config: { scope } } : {}),
  };
}

function toSchemaMutant({ mutant, status, statusReason: runnerReason, explanation, killedBy, coveredBy, isStatic, testsCompleted, durationMs }: MutantResult): SchemaMutant {
  // The schema has one field for why a mutant has its status: the runner's word first, then the explanation.
  const statusReason = [runnerReason, explanation].filter((reason) => reason !== undefined).join('\n') || undefined;
  return {
    id: String(mutant.id),
    mutatorName: mutant.mutatorName,
    replacement: mutant.replacement,
    location: mutant.location,
    status,
    ...(statusReason === undefined ? {} : { statusReason }),
    ...(killedBy === undefined ? {} : { killedBy: [...killedBy] }),
    ...(coveredBy === undefined ? {} : { coveredBy: [...coveredBy] }),
    ...(isStatic === undefined ? {} : { static: isStatic }),
    ...(testsCompleted === undefined ? {} : { testsCompleted }),
    ...(durationMs === undefined ? {} : { duration: Math.round(durationMs) }),
  };
}

function testFilesOf(root: string, tests: readonly DryRunTest[]): Record<string, TestFile> {
  const testFiles: Record<string, TestFile> = {};
  for (const test of tests) {
    const path = relative(root, test.file).split('\\').join('/');
    testFiles[path] ??= { source: readFileSync(test.file, 'utf8'), tests: [] };
    testFiles[path].tests.push({ id: test.id, name: test.names.join(' > ') });
  }
  return testFiles;
}
