import type { MutantRunOutcome } from '@mutate/core/runner';
import type { FileRecord } from './thread-types.js';

/** What one test file's run under a mutant says: a verdict, or go on with the next file. */
export type FileOutcome =
  | { readonly kind: 'verdict'; readonly outcome: MutantRunOutcome }
  | {
      readonly kind: 'passed';
      /** The selected tests that ran (all passed). */
      readonly ran: number;
      /** Selected tests the file no longer has under the mutant (`it.each` over a table it emptied). */
      readonly notCollected: number;
      /** Selected tests the file has, but that did not run: no verdict can rest on such a run. */
      readonly notRun: number;
    };

/**
 * Judges one test file's run under a mutant: the first failing test kills it; so does a file that
 * fails to load (a module-level throw in the mutated code), by the tests of that file that were
 * selected, as StrykerJS reports it ("Test suite failed to run" fails every test of the file).
 */
export function judgeFile(record: FileRecord | undefined, loadError: string | undefined, ids: readonly string[], testsRunBefore: number): FileOutcome {
  const tests = record?.tests ?? [];
  const testsRun = testsRunBefore + tests.length;
  const failed = tests.find((test) => test.failure !== undefined);
  if (failed) return { kind: 'verdict', outcome: { status: 'Killed', killedBy: [failed.id], message: failed.failure!, testsRun } };
  if (loadError !== undefined) return { kind: 'verdict', outcome: { status: 'Killed', killedBy: [...ids], message: loadError, testsRun } };
  const ran = new Set(tests.map((test) => test.id));
  const collected = record?.collected ?? new Set<string>();
  const missing = ids.filter((id) => !ran.has(id));
  const notCollected = missing.filter((id) => !collected.has(id)).length;
  return { kind: 'passed', ran: ids.length - missing.length, notCollected, notRun: missing.length - notCollected };
}
