// What one test file's run (`run-file.ts`) says: in the dry run, the tests that passed with what they
// reached, and what failed; under a mutant, whether a selected test failed, and how many of them ran.
import type { DryRunFailure, DryRunTest } from '@mutate/core/runner';
import { failuresOf, resultsOf, type TestResult } from './file-results.js';
import type { FileRun } from './run-file.js';

export interface FileDryRun {
  readonly tests: readonly DryRunTest[];
  readonly failures: readonly DryRunFailure[];
  readonly staticCovered: readonly number[];
  readonly coverCounts: Readonly<Record<number, number>>;
  /** How many of its passing tests started Node processes under mutate's preload. */
  readonly startedNode: number;
}

/** `idOf`: a test's id from its key. */
export function dryRunOfFile(file: string, run: FileRun, idOf: (key: string) => string): FileDryRun {
  const results = new Map(resultsOf(run.events).map((result) => [result.key, result]));
  const tests: DryRunTest[] = [];
  let startedNode = 0;
  for (const test of run.report?.tests ?? []) {
    const result = results.get(test.key);
    // A test that was skipped, or never reported (its process ended first), tells nothing.
    if (test.todo || result?.outcome !== 'passed') continue;
    tests.push({ id: idOf(test.key), file, names: test.names, durationMs: result.durationMs, covered: test.covered });
    if (test.childProcesses > 0) startedNode += 1;
  }
  const failures: DryRunFailure[] = failuresOf([...results.values()]).map((result) => ({ test: describe(file, result), message: result.message ?? result.failureType ?? 'failed' }));
  if (failures.length === 0 && run.exitCode !== 0) failures.push({ test: file, message: exitMessage(run) });
  return { tests, failures, staticCovered: run.report?.staticCovered ?? [], coverCounts: run.report?.coverCounts ?? {}, startedNode };
}

export type FileVerdict =
  | { readonly kind: 'killed'; readonly killedBy: readonly string[]; readonly message: string; readonly ran: number }
  | { readonly kind: 'timeout' }
  | {
      readonly kind: 'passed';
      readonly ran: number;
      /** The file's process failed with no selected test failing (an error as it loaded). */
      readonly loadFailure?: string;
      /** Selected tests the file no longer defines under the mutant (a table it emptied). */
      readonly removed: number;
      /** Selected tests defined, yet neither passed nor failed. */
      readonly notRun: number;
    };

/** The verdict of a mutant's run of the tests keyed `keys` in one file. */
export function mutantVerdictOfFile(run: FileRun, keys: readonly string[], idOf: (key: string) => string): FileVerdict {
  if (run.timedOut || run.report?.overLimit) return { kind: 'timeout' };
  const results = new Map(resultsOf(run.events).map((result) => [result.key, result]));
  const outcomes = keys.map((key) => results.get(key)?.outcome);
  const ran = outcomes.filter((outcome) => outcome === 'passed' || outcome === 'failed').length;
  const failed = keys.filter((_, i) => outcomes[i] === 'failed');
  if (failed.length > 0) return { kind: 'killed', killedBy: failed.map(idOf), message: results.get(failed[0]!)?.message ?? 'failed', ran };
  const defined = new Set(run.report?.tests.map((test) => test.key));
  // Only a process that reported what it defined can tell a test that is gone.
  const removed = run.report ? keys.filter((key, i) => outcomes[i] === undefined && !defined.has(key)).length : 0;
  return { kind: 'passed', ran, removed, notRun: keys.length - ran - removed, ...(run.exitCode !== 0 ? { loadFailure: exitMessage(run) } : {}) };
}

function describe(file: string, result: TestResult): string {
  return [file, ...result.names].join(' > ');
}

/** Why a file's process failed with no test failing: what it wrote to stderr, without Node's own frames and version line. */
export function exitMessage(run: Pick<FileRun, 'stderr' | 'exitCode'>): string {
  const lines = run.stderr
    .trim()
    .split('\n')
    .filter((line) => !/^\s+at .*\(?node:internal\//.test(line) && !/^Node\.js v\d/.test(line));
  const end = lines.slice(-20).join('\n').trim();
  return end || `its process exited with code ${run.exitCode}`;
}
