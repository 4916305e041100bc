import { expectedLoad, planMutants, type DryRunResult, type DryRunTest, type MutantPlan } from '@mutate/core';
import { describe, expect, it } from 'vitest';
import { mutantsOf, plusToMinus } from './helpers.js';

// Five mutants (ids 1..5; 0 means none) of one file; which tests reach them is up to each case's dry run.
const mutants = mutantsOf('export const f = (a, b) => [a + b, a + 1, b + 1, a + a, b + b];\n', [plusToMinus]);

const test = (id: string, file: string, durationMs: number, covered: number[] = []): DryRunTest => ({ id, file, names: [id], durationMs, covered });

function dryRun(tests: DryRunTest[], staticCovered: DryRunResult['staticCovered'] = {}, coverCounts: DryRunResult['coverCounts'] = {}): DryRunResult {
  return { tests, staticCovered, coverCounts, failures: [], durationMs: 1 };
}

const runOf = (plans: MutantPlan[], id: number) => {
  const plan = plans.find((candidate) => candidate.mutant.id === id);
  if (plan?.kind !== 'run') throw new Error(`mutant ${id} is not planned to run`);
  return plan;
};

describe('planMutants', () => {
  it('says NoCoverage for a mutant no test reaches, and runs only the reaching tests, fastest first', () => {
    expect(mutants.map((mutant) => mutant.id)).toEqual([1, 2, 3, 4, 5]);
    const plans = planMutants(mutants, dryRun([test('slow', 'a.test.ts', 30, [1, 2]), test('fast', 'b.test.ts', 2, [1]), test('other', 'b.test.ts', 1, [3, 4, 5])]));
    expect(runOf(plans, 1).run.tests).toEqual([{ id: 'fast', file: 'b.test.ts' }, { id: 'slow', file: 'a.test.ts' }]);
    expect(runOf(plans, 1).coveredBy).toEqual(['slow', 'fast']);
    expect(runOf(plans, 2).run.tests.map((t) => t.id)).toEqual(['slow']);
    expect(plans.filter((plan) => plan.kind === 'early')).toEqual([]);
    const uncovered = planMutants(mutants, dryRun([test('t', 'a.test.ts', 1, [2])]));
    expect(uncovered.filter((plan) => plan.kind === 'early').map((plan) => [plan.mutant.id, plan.kind === 'early' && plan.status])).toEqual([
      [1, 'NoCoverage'],
      [3, 'NoCoverage'],
      [4, 'NoCoverage'],
      [5, 'NoCoverage'],
    ]);
  });

  it('gives a mutant factor × its tests’ time + the constant, and a hit limit from its dry-run count', () => {
    const plans = planMutants(mutants, dryRun([test('a', 'a.test.ts', 10, [1]), test('b', 'a.test.ts', 30, [1])], {}, { 1: 7 }), { timeoutFactor: 2, timeoutMs: 100, hitLimitFactor: 3 });
    expect(runOf(plans, 1).run.timeoutMs).toBe(2 * 40 + 100);
    expect(runOf(plans, 1).run.hitLimit).toBe(3 * 7);
  });

  it('sets no hit limit for a mutant with no dry-run count', () => {
    const plans = planMutants(mutants, dryRun([test('a', 'a.test.ts', 10, [1])]));
    expect(runOf(plans, 1).run.hitLimit).toBe(Number.POSITIVE_INFINITY);
  });

  it('runs a static mutant against every test of the files that load it, and of its covering tests’ files, and no other file; static mutants go last', () => {
    const tests = [
      test('a1', 'a.test.ts', 3),
      test('a2', 'a.test.ts', 1),
      test('b1', 'b.test.ts', 2, [5]),
      test('b2', 'b.test.ts', 5),
      test('c1', 'c.test.ts', 1, [2]),
    ];
    const plans = planMutants(mutants, dryRun(tests, { 'a.test.ts': [1, 5], 'c.test.ts': [3] }));
    const staticRun = runOf(plans, 5);
    expect(staticRun.isStatic).toBe(true);
    // a.test.ts loads it, b1 reaches it: every test of a and b; nothing of c. b first: its test
    // reached code of the mutant's source file in the dry run (a's did not); within a file, fastest first.
    expect(staticRun.run.tests.map((t) => t.id)).toEqual(['b1', 'b2', 'a2', 'a1']);
    expect(staticRun.coveredBy).toEqual(['b1']);
    expect(runOf(plans, 1).run.tests.map((t) => t.id)).toEqual(['a2', 'a1']);
    expect(runOf(plans, 3).run.tests.map((t) => t.id)).toEqual(['c1']);
    expect(runOf(plans, 2).isStatic).toBe(false);
    expect(plans.map((plan) => plan.mutant.id)).toEqual([2, 4, 1, 3, 5]);
    expect(plans.find((plan) => plan.mutant.id === 4)).toMatchObject({ kind: 'early', status: 'NoCoverage' });
  });

  it('runs first, for a static mutant, the test files that reached the most code of its source file', () => {
    // One static mutant in each of two source files (ids 1 and 2), and a reached mutant in each (3, 4).
    const [tableA, codeA] = mutantsOf('export const table = [1 + 1];\nexport const f = (a) => a + 1;\n', [plusToMinus], 'src/a.ts');
    const [tableB, codeB] = mutantsOf('export const table = [2 + 2];\nexport const g = (b) => b + 2;\n', [plusToMinus], 'src/b.ts');
    const twoFiles = [tableA!, codeA!, tableB!, codeB!].map((mutant, index) => ({ ...mutant, id: [1, 3, 2, 4][index]! }));
    const tests = [
      test('x1', 'x.test.ts', 1, [3]),
      test('y1', 'y.test.ts', 9, [4]),
      test('y2', 'y.test.ts', 5, [4]),
      test('z1', 'z.test.ts', 2),
    ];
    const plans = planMutants(twoFiles, dryRun(tests, { 'x.test.ts': [1, 2], 'y.test.ts': [1, 2], 'z.test.ts': [1, 2] }));
    // src/a.ts's code ran in x's test only, src/b.ts's in y's two: their files lead, then the others, fastest test first.
    expect(runOf(plans, 1).run.tests.map((t) => t.id)).toEqual(['x1', 'z1', 'y2', 'y1']);
    expect(runOf(plans, 2).run.tests.map((t) => t.id)).toEqual(['y2', 'y1', 'x1', 'z1']);
  });

  it('reports an ignored mutant as Ignored with its reason, without running it', () => {
    const ignored = { ...mutants[0]!, ignoreReason: 'disabled by comment' };
    const [plan] = planMutants([ignored], dryRun([test('a', 'a.test.ts', 1, [1])]));
    expect(plan).toMatchObject({ kind: 'early', status: 'Ignored', reason: 'disabled by comment' });
  });
});

describe('a mutant’s expected load', () => {
  const waiting = (id: string, durationMs: number, idleMs: number, covered: number[]): DryRunTest => ({ ...test(id, 'a.test.ts', durationMs, covered), idleMs });

  it('is the share of its tests’ time, with a run’s overhead, that their thread was not idle', () => {
    const plans = planMutants(mutants, dryRun([waiting('sleeps', 990, 980, [1]), waiting('works', 40, 0, [2]), waiting('both', 500, 250, [3]), test('unknown', 'a.test.ts', 20, [4])]));
    expect(runOf(plans, 1).load).toBeCloseTo((10 + 10) / (990 + 10));
    expect(runOf(plans, 2).load).toBe(1);
    expect(runOf(plans, 3).load).toBeCloseTo((250 + 10) / (500 + 10));
    // A runner that cannot tell idle time: the test keeps its core busy.
    expect(runOf(plans, 4).load).toBe(1);
    expect(runOf(plans, 1).expectedMs).toBe(990);
  });

  it('counts no more idle time than the test took', () => {
    expect(expectedLoad([{ durationMs: 100, idleMs: 400 }])).toBeCloseTo(10 / 110);
  });
});
