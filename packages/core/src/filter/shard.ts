import { UserError } from '../errors.js';
import type { MutantPlan } from '../plan/plan.js';

export interface Shard {
  /** 1-based, as vitest's `--shard`. */
  readonly index: number;
  readonly count: number;
}

/** Reads `k/n` (1 ≤ k ≤ n), as vitest's `--shard` takes it. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard must be k/n with 1 ≤ k ≤ n (like 2/4), not '${text}'`, 'usage');
  }
  return { index, count };
}

/**
 * This shard's share of the plans. Deterministic and balanced: mutants that run are dealt, costliest
 * first, to the shard with the least cost so far, the cost being the number of tests the mutant runs
 * (coverage is the same in every job, unlike timings); mutants settled without running go by id.
 * Every mutant lands in exactly one shard, so the shards' union is the whole run.
 */
export function selectShard(plans: readonly MutantPlan[], { index, count }: Shard): MutantPlan[] {
  const load = new Array<number>(count).fill(0);
  const shardOf = new Map<number, number>();
  const running = plans.filter((plan) => plan.kind === 'run');
  const costliestFirst = running.toSorted((a, b) => b.run.tests.length - a.run.tests.length || a.mutant.id - b.mutant.id);
  for (const plan of costliestFirst) {
    const lightest = load.indexOf(Math.min(...load));
    load[lightest]! += plan.run.tests.length;
    shardOf.set(plan.mutant.id, lightest);
  }
  for (const plan of plans) if (plan.kind === 'early') shardOf.set(plan.mutant.id, plan.mutant.id % count);
  return plans.filter((plan) => shardOf.get(plan.mutant.id) === index - 1);
}
