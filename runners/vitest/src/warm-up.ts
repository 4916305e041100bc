// A new test worker knows no clean state to keep to until a run of it passes, and a mutant's run
// mostly fails: without more, the worker a killed mutant ran in first was replaced, and so was the
// next, until a mutant survived (on a suite killing 90% of its mutants, ten new workers in a row
// each time one was replaced). So a new worker first runs the mutant's own tests with no mutant
// active, keeping its results to itself, and takes the state that run ends in as its reference.
import { FAILED_FLAG, PROVIDE_KEY, switchboardOptionsOf, type SwitchboardOptions } from './switchboard-setup.js';
import type { StateKeeper } from './worker-state.js';

/** The RPC methods by which a worker tells the main thread what its tests did: not sent in a warm-up. */
const REPORTING = new Set(['onQueued', 'onCollected', 'onAfterSuiteRun', 'onTaskAnnotate', 'onTaskArtifactRecord', 'onTaskUpdate', 'onUserConsoleLog', 'snapshotSaved']);

interface ProvidedContext {
  readonly providedContext?: Record<string, unknown>;
}

/** The warm-up of a mutant's run (`task` holds vitest's `providedContext`): the same tests, no mutant active. Undefined for any other run. */
export function warmUpOf<T extends ProvidedContext>(task: T): T | undefined {
  const options = switchboardOptionsOf(task);
  if (!options || options.dryRun || options.warmUp) return undefined;
  const warmUp: SwitchboardOptions = { ...options, active: 0, bail: false, hitLimit: Number.POSITIVE_INFINITY, warmUp: true };
  return { ...task, providedContext: { ...task.providedContext, [PROVIDE_KEY]: warmUp } };
}

export function isWarmUp(context: ProvidedContext): boolean {
  return switchboardOptionsOf(context)?.warmUp === true;
}

/**
 * Runs a warm-up (`run`) and tells whether the worker now has its clean reference: its tests
 * passed and nothing they did stands in the way (`StateKeeper`).
 */
export async function warmedUp(run: () => Promise<unknown>, keeper: StateKeeper): Promise<boolean> {
  const globals = globalThis as Record<string, unknown>;
  globals[FAILED_FLAG] = false;
  const clean = await run().then(
    () => keeper.afterRun(globals[FAILED_FLAG] === true),
    () => false,
  );
  globals[FAILED_FLAG] = false;
  return clean;
}

/**
 * A warm-up's RPC method in place of `method`: reports are dropped, and an unhandled error, also
 * dropped, makes the warm-up fail (its state is no reference). Undefined: call the method itself.
 */
export function warmUpMethod(method: string | symbol): ((...args: unknown[]) => Promise<void>) | undefined {
  if (method === 'onUnhandledError') {
    return async () => {
      (globalThis as Record<string, unknown>)[FAILED_FLAG] = true;
    };
  }
  return typeof method === 'string' && REPORTING.has(method) ? async () => {} : undefined;
}

/** `rpc` as a warm-up uses it: the same, with its reports kept back (`warmUpMethod`). */
export function warmUpRpc<T extends object>(rpc: T): T {
  return new Proxy(rpc, {
    get: (target, key) => warmUpMethod(key) ?? (target as Record<string | symbol, unknown>)[key],
  });
}
