import { parseShard, selectShard, UserError, type MutantPlan } from '@mutate/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Plans with just what sharding reads: an id, and the tests a running mutant would run. */
function plansOf(specs: readonly (number | null)[]): MutantPlan[] {
  return specs.map((tests, index) => {
    const mutant = { id: index + 1 } as MutantPlan['mutant'];
    if (tests === null) return { kind: 'early', mutant, status: 'NoCoverage' };
    const run = { mutantId: index + 1, tests: Array.from({ length: tests }, (_, i) => ({ id: `t${i}`, file: 'f' })), timeoutMs: 1, hitLimit: 1 };
    return { kind: 'run', mutant, run, coveredBy: [], isStatic: false, load: 1, expectedMs: 0 };
  });
}

const ids = (plans: readonly MutantPlan[]) => plans.map((plan) => plan.mutant.id);

describe('selectShard', () => {
  it('splits into disjoint shards whose union is every mutant, the same way every time', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }), { maxLength: 200 }), fc.integer({ min: 1, max: 7 }), (specs, count) => {
        const plans = plansOf(specs);
        const shards = Array.from({ length: count }, (_, i) => ids(selectShard(plans, { index: i + 1, count })));
        expect(shards.flat().toSorted((a, b) => a - b)).toEqual(ids(plans));
        expect(Array.from({ length: count }, (_, i) => ids(selectShard(plansOf(specs), { index: i + 1, count })))).toEqual(shards);
      }),
    );
  });

  it('balances the tests to run, not the number of mutants', () => {
    const plans = plansOf([30, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    const cost = (shard: MutantPlan[]) => shard.reduce((sum, plan) => sum + (plan.kind === 'run' ? plan.run.tests.length : 0), 0);
    const [first, second] = [selectShard(plans, { index: 1, count: 2 }), selectShard(plans, { index: 2, count: 2 })];
    expect(cost(first)).toBe(30);
    expect(cost(second)).toBe(30);
    expect(first).toHaveLength(1);
  });
});

describe('parseShard', () => {
  it('reads k/n as vitest does, and rejects anything else', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/2', '3/2', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(UserError);
  });
});
