// What node:test reported for one test file (`runtime/node-test-reporter.ts`'s lines), by test key
// (`test-key.ts`). Tests start in the order they are defined, each right after its parent suite,
// and end before their parent does: the key of a test is found from the keys of the tests started
// above it, counted as the preload counted them when they were defined.
import type { ReportedEvent } from './runtime/node-test-reporter.js';
import { ROOT_KEY, SiblingCounter } from './test-key.js';

export interface TestResult {
  readonly key: string;
  /** The names of its suites and itself (for a failure's message). */
  readonly names: readonly string[];
  readonly outcome: 'passed' | 'failed' | 'skipped' | 'todo';
  readonly durationMs: number;
  readonly message?: string;
  readonly failureType?: string;
}

export function resultsOf(lines: readonly string[]): TestResult[] {
  const siblings = new SiblingCounter();
  const keys: string[] = [];
  const names: string[] = [];
  const results: TestResult[] = [];
  for (const line of lines) {
    let event: ReportedEvent;
    try {
      event = JSON.parse(line) as ReportedEvent;
    } catch {
      // The last line, cut short when the process was killed.
      continue;
    }
    const { nesting } = event;
    if (event.type === 'start') {
      keys.length = nesting;
      names.length = nesting;
      keys.push(siblings.next(nesting === 0 ? ROOT_KEY : (keys[nesting - 1] ?? ROOT_KEY), event.name));
      names.push(event.name);
      continue;
    }
    // node:test starts every test it reports; one that did not start here cannot be placed.
    if (names[nesting] !== event.name || keys[nesting] === undefined) continue;
    results.push({
      key: keys[nesting],
      names: names.slice(0, nesting + 1),
      outcome: event.todo ? 'todo' : event.skip ? 'skipped' : event.type === 'pass' ? 'passed' : 'failed',
      durationMs: event.durationMs ?? 0,
      ...(event.message !== undefined ? { message: event.message } : {}),
      ...(event.failureType !== undefined ? { failureType: event.failureType } : {}),
    });
  }
  return results;
}

/**
 * The failures that say what went wrong: not a suite or test failing only because a test inside it
 * did, which is named itself; nor a `todo` test's.
 */
export function failuresOf(results: readonly TestResult[]): TestResult[] {
  return results.filter((result) => result.outcome === 'failed' && result.failureType !== 'subtestsFailed');
}
