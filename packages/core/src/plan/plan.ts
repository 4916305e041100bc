import { join } from 'node:path';
import { addToGroup, sumOf } from '../collections.js';
import type { DryRunResult, DryRunTest, MutantRun } from '../runner.js';
import type { Mutant } from '../types.js';

export interface PlanOptions {
  /** A mutant may take this many times its covering tests' dry-run time... */
  readonly timeoutFactor: number;
  /** ...plus this many milliseconds. */
  readonly timeoutMs: number;
  /**
   * A mutant may run this many times as often as its original code ran in the dry run; past that
   * it is a Timeout. StrykerJS's rule and factor, so the two tools call the same mutants Timeout.
   */
  readonly hitLimitFactor: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { timeoutFactor: 1.5, timeoutMs: 5_000, hitLimitFactor: 100 };

/** What to do with one mutant: report it at once, or run these tests against it. */
export type MutantPlan =
  | { readonly kind: 'early'; readonly mutant: Mutant; readonly status: 'Ignored' | 'NoCoverage' | 'CompileError'; readonly reason?: string }
  | {
      readonly kind: 'run';
      readonly mutant: Mutant;
      readonly run: MutantRun;
      readonly coveredBy: readonly string[];
      readonly isStatic: boolean;
      /** The share of a core its run is expected to keep busy, from 0 (it only waits) to 1 (`expectedLoad`). */
      readonly load: number;
      /** Its tests' time in the dry run. */
      readonly expectedMs: number;
    };

/**
 * The CPU time a mutant's run costs besides its tests (selecting, starting and reporting them,
 * switching the mutant), as measured by `benchmarks/per-mutant-overhead.mjs`: 4-12 ms.
 */
const RUN_OVERHEAD_MS = 10;

/**
 * The share of a core a run of these tests keeps busy: their time minus what they spent waiting
 * with their thread idle (a real timer, I/O), with the run's own overhead, over the run's time.
 * Tests that sleep through most of their time leave their core to others.
 */
export function expectedLoad(tests: readonly Pick<DryRunTest, 'durationMs' | 'idleMs'>[]): number {
  const durationMs = sumOf(tests, (test) => test.durationMs);
  const idleMs = sumOf(tests, (test) => Math.min(test.idleMs ?? 0, test.durationMs));
  return (durationMs - idleMs + RUN_OVERHEAD_MS) / (durationMs + RUN_OVERHEAD_MS);
}

/**
 * Decides, from the dry run, how each mutant is tested. A mutant no test reaches is NoCoverage
 * without running anything. Others run only the tests that reach them, fastest first. A mutant
 * reached while a test file's modules load (static) may change state every test of that file sees,
 * so it runs every test of the files that load it (and of the files of tests that reach it), and goes
 * last. A file that never loads the mutant's code cannot see it. Plans come back in run order.
 * `root` makes the mutants' paths absolute, as the runner names the files each test file loaded.
 */
export function planMutants(mutants: readonly Mutant[], dryRun: DryRunResult, options: PlanOptions = DEFAULT_PLAN_OPTIONS, root = '/'): MutantPlan[] {
  const testsByMutant = new Map<number, DryRunTest[]>();
  for (const test of dryRun.tests) {
    for (const id of test.covered) addToGroup(testsByMutant, id, test);
  }
  const staticFilesByMutant = new Map<number, string[]>();
  for (const [file, ids] of Object.entries(dryRun.staticCovered)) {
    for (const id of ids) addToGroup(staticFilesByMutant, id, file);
  }
  // A module loaded once for several test files (vitest's `isolate: false`) reached its static
  // mutants for the first of them only: every test file that loads it sees them.
  const testFilesLoading = new Map<string, string[]>();
  for (const [testFile, loaded] of Object.entries(dryRun.loadedFiles ?? {})) {
    for (const file of loaded) addToGroup(testFilesLoading, file, testFile);
  }
  const fastestFirst = (tests: readonly DryRunTest[]) => tests.toSorted((a, b) => a.durationMs - b.durationMs);
  const closestFirst = staticMutantOrder(mutants, dryRun.tests);

  const plans = mutants.map((mutant): MutantPlan => {
    if (mutant.ignoreReason !== undefined) return { kind: 'early', mutant, status: 'Ignored', reason: mutant.ignoreReason };
    const staticFiles = staticFilesByMutant.get(mutant.id);
    const isStatic = staticFiles !== undefined;
    if (isStatic) staticFiles.push(...(testFilesLoading.get(join(root, mutant.file)) ?? []));
    const covering = testsByMutant.get(mutant.id) ?? [];
    if (!isStatic && covering.length === 0) return { kind: 'early', mutant, status: 'NoCoverage' };
    const tests = isStatic ? closestFirst(mutant, testsOfFiles(dryRun.tests, [...staticFiles, ...covering.map((test) => test.file)])) : fastestFirst(covering);
    const expectedMs = sumOf(tests, (test) => test.durationMs);
    const run: MutantRun = {
      mutantId: mutant.id,
      tests: tests.map(({ id, file, project }) => (project === undefined ? { id, file } : { id, file, project })),
      timeoutMs: Math.round(options.timeoutFactor * expectedMs + options.timeoutMs),
      // No count (code reached only where the switchboard does not count): no limit, as StrykerJS.
      hitLimit: options.hitLimitFactor * (dryRun.coverCounts[mutant.id] ?? 0) || Number.POSITIVE_INFINITY,
    };
    return { kind: 'run', mutant, run, coveredBy: covering.map((test) => test.id), isStatic, load: expectedLoad(tests), expectedMs };
  });
  // Static mutants last: they pay for every test.
  return [...plans.filter((plan) => !(plan.kind === 'run' && plan.isStatic)), ...plans.filter((plan) => plan.kind === 'run' && plan.isStatic)];
}

/**
 * The order in which a static mutant's tests run, most likely to fail first (the run stops at the
 * first failure): a table or constant changed as its module loads shows in the functions of that
 * module, so the test files whose tests call the most code of the mutant's source file (the tests
 * that reached its other mutants in the dry run) go first, and within a file the fastest tests.
 */
function staticMutantOrder(mutants: readonly Mutant[], tests: readonly DryRunTest[]): (mutant: Mutant, tests: readonly DryRunTest[]) => DryRunTest[] {
  const sourceOf = new Map(mutants.map((mutant) => [mutant.id, mutant.file]));
  // source file -> test file -> how many of its tests reached code of that source file
  const reach = new Map<string, Map<string, number>>();
  for (const test of tests) {
    const sources = new Set(test.covered.map((id) => sourceOf.get(id)));
    for (const source of sources) {
      if (source === undefined) continue;
      const byTestFile = reach.get(source) ?? new Map<string, number>();
      reach.set(source, byTestFile.set(test.file, (byTestFile.get(test.file) ?? 0) + 1));
    }
  }
  return (mutant, candidates) => {
    const closeness = reach.get(mutant.file) ?? new Map<string, number>();
    const of = (test: DryRunTest) => closeness.get(test.file) ?? 0;
    return candidates.toSorted((a, b) => of(b) - of(a) || a.durationMs - b.durationMs);
  };
}

function testsOfFiles(tests: readonly DryRunTest[], files: readonly string[]): DryRunTest[] {
  const wanted = new Set(files);
  return tests.filter((test) => wanted.has(test.file));
}
