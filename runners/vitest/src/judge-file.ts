// The verdict one test file's run gives a mutant, from its report (`file-report.ts`), whichever way
// the file ran: replayed in a worker, or through vitest's main thread.
import type { MutantRunOutcome } from '@mutate/core/runner';
import type { FileReport } from './file-report.js';
import { HIT_LIMIT_MESSAGE, META } from './switchboard-setup.js';
import { describeLoadError, describeUnhandledError, failureMessage } from './test-errors.js';

/** vitest's error for a test file that loaded but defines no test (3.x to 5.x). */
const NO_TESTS = /^No test (suite )?found in /;

/** What one file's run under a mutant showed. */
export type FileOutcome =
  | { readonly kind: 'verdict'; readonly outcome: MutantRunOutcome }
  /** `notCollected`: selected tests that do not exist under the mutant (it changed how the file builds its tests). */
  | {
      readonly kind: 'passed';
      readonly ran: number;
      readonly notCollected: number;
      readonly loadFailure: string | undefined;
      /** An error thrown where no test awaited it (`vitest run` fails for it), described. */
      readonly unhandledError: string | undefined;
      /** The mutant's code ran (at the file's load or in a test). */
      readonly reached: boolean;
    };

/** What one file's run under a mutant showed: a verdict at its first failing test or hook, or how many selected tests ran and passed. */
export function judgeFile(reports: readonly FileReport[], ids: readonly string[], testsRunBefore: number): FileOutcome {
  const selected = new Set(ids);
  let ran = 0;
  let collected = 0;
  let loadFailure: string | undefined;
  let reached = false;
  for (const report of reports) {
    const tests = report.tests;
    collected += tests.filter((test) => selected.has(test.id)).length;
    // A file that collected no test failed to load (unless it merely has none left: vitest's "No
    // test suite found", when the mutant emptied what its tests are built from); the errors of a
    // file that did collect tests come from its hooks.
    const loadError = tests.length === 0 ? report.errors.find((error) => !NO_TESTS.test(error.message ?? '')) : undefined;
    if (loadError) loadFailure ??= `${report.moduleId} failed to load: ${describeLoadError(loadError)}`;
    for (const test of tests) {
      if (test.state === 'skipped' || test.state === 'pending') continue;
      if (selected.has(test.id)) ran += 1;
      if (test.meta[META.reached]) reached = true;
      const testsRun = testsRunBefore + ran;
      if (test.meta[META.hitLimit]) return { kind: 'verdict', outcome: { status: 'Timeout', testsRun } };
      if (test.state === 'failed') {
        const message = failureMessage(test.errors);
        if (message.includes(HIT_LIMIT_MESSAGE)) return { kind: 'verdict', outcome: { status: 'Timeout', testsRun } };
        return { kind: 'verdict', outcome: { status: 'Killed', killedBy: [test.id], message, testsRun } };
      }
    }
    // A hook that failed (`beforeAll`, `afterAll`) fails its suite or file, not a test: the mutant was still detected.
    if (tests.length > 0 && report.hookErrors.length > 0) {
      const hookFailure = failureMessage(report.hookErrors);
      const testsRun = testsRunBefore + ran;
      const outcome: MutantRunOutcome = hookFailure.includes(HIT_LIMIT_MESSAGE) ? { status: 'Timeout', testsRun } : { status: 'Killed', killedBy: ids.slice(0, 1), message: hookFailure, testsRun };
      return { kind: 'verdict', outcome };
    }
  }
  const unhandled = reports.flatMap((report) => report.unhandledErrors)[0];
  return { kind: 'passed', ran, notCollected: ids.length - collected, loadFailure, unhandledError: unhandled && describeUnhandledError(unhandled), reached };
}
