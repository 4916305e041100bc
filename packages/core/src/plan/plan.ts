import { addToGroup } from '../collections.js';
import type { DryRunResult, DryRunTest, MutantRun } from '../runner.js';
import type { Mutant } from '../types.js';

export interface PlanOptions {
  /** A mutant may take this many times its covering tests' dry-run time... */
  readonly timeoutFactor: number;
  /** ...plus this many milliseconds. */
  readonly timeoutMs: number;
  /** A mutant may run this many times as often as its original code ran in the dry run... */
  readonly hitLimitFactor: number;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = { timeoutFactor: 1.5, timeoutMs: 5_000, hitLimitFactor: 100 };

/** ...plus this many times, so code that ran only a few times in the dry run can still run a few loops. */
const HIT_LIMIT_FLOOR = 10_000;

/** What to do with one mutant: report it at once, or run these tests against it. */
export type MutantPlan =
  | { readonly kind: 'early'; readonly mutant: Mutant; readonly status: 'Ignored' | 'NoCoverage'; readonly reason?: string }
  | { readonly kind: 'run'; readonly mutant: Mutant; readonly run: MutantRun; readonly coveredBy: readonly string[]; readonly isStatic: boolean };

/**
 * Decides, from the dry run, how each mutant is tested. A mutant no test reaches is NoCoverage
 * without running anything. Others run only the tests that reach them, fastest first. A mutant
 * reached while modules load (static) may change state every test sees, so it runs every test, and
 * goes last. Plans come back in run order.
 */
export function planMutants(mutants: readonly Mutant[], dryRun: DryRunResult, options: PlanOptions = DEFAULT_PLAN_OPTIONS): MutantPlan[] {
  const testsByMutant = new Map<number, DryRunTest[]>();
  for (const test of dryRun.tests) {
    for (const id of test.covered) addToGroup(testsByMutant, id, test);
  }
  const staticIds = new Set(dryRun.staticCovered);
  const fastestFirst = (tests: readonly DryRunTest[]) => tests.toSorted((a, b) => a.durationMs - b.durationMs);

  const plans = mutants.map((mutant): MutantPlan => {
    if (mutant.ignoreReason !== undefined) return { kind: 'early', mutant, status: 'Ignored', reason: mutant.ignoreReason };
    const isStatic = staticIds.has(mutant.id);
    const covering = testsByMutant.get(mutant.id) ?? [];
    if (!isStatic && covering.length === 0) return { kind: 'early', mutant, status: 'NoCoverage' };
    const tests = fastestFirst(isStatic ? dryRun.tests : covering);
    const expectedMs = tests.reduce((sum, test) => sum + test.durationMs, 0);
    const run: MutantRun = {
      mutantId: mutant.id,
      tests: tests.map(({ id, file }) => ({ id, file })),
      timeoutMs: Math.round(options.timeoutFactor * expectedMs + options.timeoutMs),
      hitLimit: options.hitLimitFactor * (dryRun.coverCounts[mutant.id] ?? 0) + HIT_LIMIT_FLOOR,
    };
    return { kind: 'run', mutant, run, coveredBy: covering.map((test) => test.id), isStatic };
  });
  // Static mutants last: they pay for every test.
  return [...plans.filter((plan) => !(plan.kind === 'run' && plan.isStatic)), ...plans.filter((plan) => plan.kind === 'run' && plan.isStatic)];
}
