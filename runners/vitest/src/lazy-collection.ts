// A mutant's run of a big test file spends most of its time collecting the file: every `it` the file
// declares is registered (a task, a test context, an abort signal, a stack trace for its location),
// then all but the few selected are skipped. On a 343-test file that was a third of a run's CPU
// (with the garbage it leaves), on vitest 3, 4 and 5 alike. Most big files group their tests in
// `describe` blocks; a run need not collect the blocks that hold none of its tests. The switchboard
// then collects such a block as an empty, skipped suite without running its callback (`collectOnly`,
// `switchboard-setup.ts`).
//
// That is only the same run if those callbacks did nothing the selected tests depend on (a variable
// they set, a plugin they register). A verdict from such a run is therefore taken only when it does
// not rest on that:
// - Killed: the test that failed passes collected the same way: with another mutant active in an
//   earlier run, or else with no mutant active (a run of that test alone). If it fails alone too,
//   the kill does not count, and the file is always collected whole for that set of suites.
// - Survived: the mutant's code ran. If a skipped callback was what brought a test to it, it did not.
// Otherwise the file runs again, collected whole. Only files that hold many tests, most of them in
// other suites (as the first run that collected them whole counted them), are collected this way:
// else the saving is less than what the checks cost.
import type { FileReport } from './file-report.js';
import type { FileOutcome } from './judge-file.js';
import { META } from './switchboard-setup.js';

/** Fewer tests than this left out of a run, and collecting the file whole costs next to nothing. */
const FEW_TESTS = 50;
/** Collected by their suites, at most this share of a file's tests. */
const MOST = 0.5;

/** Tests by the suite right above them: its place, as in a test id past the file's id ('' for the file). */
export type TestsBySuite = Readonly<Record<string, number>>;

/**
 * The suites holding the given tests, by their places: each test id's prefixes past the file's id (a
 * test's id is its file's id and the places of its suites and itself, joined by "_").
 */
export function suitesOf(ids: readonly string[]): string[] {
  const suites = new Set<string>();
  for (const id of ids) {
    const places = id.split('_');
    for (let end = 2; end < places.length; end++) suites.add(places.slice(1, end).join('_'));
  }
  return [...suites].sort();
}

/** What the session learnt about collecting files by their selected tests' suites. */
export class LazyCollection {
  /** The tests of each file by suite, by project and file, as a run that collected it whole reported. */
  private readonly sizes = new Map<string, TestsBySuite>();
  /** By set of suites: collected that way, its tests do not pass as they do collected whole. */
  private readonly refused = new Set<string>();
  /** By set of suites and test: whether that test passed, collected that way (with some mutant, or none). */
  private readonly passes = new Map<string, boolean>();

  /** Whether a run of the file should count its tests by suite (`countTests`): not yet done for it. */
  needsCount(project: string, file: string): boolean {
    return !this.sizes.has(`${project}\0${file}`);
  }

  /** `ids`, as the switchboard's `collectOnly`, where collecting only their suites leaves out many of the file's tests; else undefined. */
  collectOnly(project: string, file: string, ids: readonly string[]): readonly string[] | undefined {
    const tests = this.sizes.get(`${project}\0${file}`);
    if (!tests || this.refused.has(keyOf(project, file, ids))) return undefined;
    const total = Object.values(tests).reduce((sum, count) => sum + count, 0);
    const collected = suitesOf(ids).reduce((sum, suite) => sum + (tests[suite] ?? 0), tests[''] ?? 0);
    return total - collected >= FEW_TESTS && collected <= total * MOST ? ids : undefined;
  }

  /**
   * What a run of the file shows: collected whole, its tests by suite (when it counted them);
   * collected by the suites of `collectOnly`, the tests that pass that way.
   */
  learn(project: string, file: string, collectOnly: readonly string[] | undefined, reports: readonly FileReport[]): void {
    const tests = reports.flatMap((report) => report.tests);
    if (collectOnly) {
      const key = keyOf(project, file, collectOnly);
      for (const test of tests) if (test.state === 'passed') this.passes.set(`${key}\0${test.id}`, true);
      return;
    }
    const counted = tests.find((test) => test.meta[META.collected])?.meta[META.collected];
    if (counted) this.sizes.set(`${project}\0${file}`, counted as TestsBySuite);
  }

  /**
   * The outcome of a run collected by the suites of `ids`, if it does not rest on what they left out
   * (see above); else the outcome of `runs.whole()`. A kill by a test never seen passing that way is
   * checked once with `runs.passesAlone`.
   */
  async verdict(project: string, file: string, ids: readonly string[], outcome: FileOutcome, runs: LazyRuns): Promise<FileOutcome> {
    if (outcome.kind === 'passed') return outcome.reached || outcome.ran < ids.length ? outcome : runs.whole();
    if (outcome.outcome.status !== 'Killed') return outcome;
    const [killer] = outcome.outcome.killedBy;
    if (killer === undefined) return runs.whole();
    const key = keyOf(project, file, ids);
    let passes = this.passes.get(`${key}\0${killer}`);
    if (passes === undefined) {
      passes = await runs.passesAlone(killer);
      this.passes.set(`${key}\0${killer}`, passes);
    }
    if (passes) return outcome;
    this.refused.add(key);
    return runs.whole();
  }
}

/** How the session runs what a verdict of a run collected by suites may need. */
export interface LazyRuns {
  /** The file's run again, collected whole. */
  whole(): Promise<FileOutcome>;
  /** Whether this test passes alone, collected the same way, with no mutant active. */
  passesAlone(test: string): Promise<boolean>;
}

/** What decides how a file is collected: the file, and the suites its selected tests are in. */
function keyOf(project: string, file: string, ids: readonly string[]): string {
  return `${project}\0${file}\0${suitesOf(ids).join(',')}`;
}
