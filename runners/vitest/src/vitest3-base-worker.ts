// vitest 3's own worker for a pool (its `workers/forks.js` or `workers/threads.js`, named in this
// module's URL as `?base=`), with two things changed on its RPC to the main thread, for a worker
// that outlives its runs:
//
// - The code of a module is fetched once per worker, not once per run, and reports are not waited
//   for (`session-rpc.ts`). A run that says files changed (`invalidates`) empties the cache.
// - A mutant's run reports only the tests it selected (`SkippedTestPruner`), as on vitest 4.
// - A warm-up run (`warm-up.ts`) reports nothing.
// - A replayed run (`vitest3-runtime.ts`) talks with the worker's stand-in for the main thread.
// - Unhandled errors are reported only during a run, and each run ends with a turn of the event
//   loop that lets Node report them (`unhandled-errors.ts`).
import { FetchCache, VITEST3_READS, withoutWaiting } from './session-rpc.js';
import { switchboardOptionsOf } from './switchboard-setup.js';
import { SkippedTestPruner } from './prune-skipped.js';
import { isWarmUp, warmUpRpc } from './warm-up.js';
import { LOCAL_RPC } from './vitest3-runtime.js';
import { vitest3ErrorGuard } from './unhandled-errors.js';

interface WorkerState {
  readonly ctx: { readonly invalidates?: readonly string[]; readonly providedContext?: Record<string, unknown> };
  rpc: Record<string | symbol, unknown>;
}
interface BaseWorker {
  getRpcOptions(ctx: unknown): unknown;
  runTests(state: WorkerState): Promise<void>;
  collectTests(state: WorkerState): Promise<void>;
}

const baseUrl = new URL(import.meta.url).searchParams.get('base');
if (!baseUrl) throw new Error('mutate: the vitest 3 base worker needs ?base=<vitest worker URL>');
const base = ((await import(baseUrl)) as { default: BaseWorker }).default;

const fetched = new FetchCache();

function prepare(state: WorkerState, collecting: boolean): WorkerState {
  if (state.ctx.invalidates?.length) fetched.clear();
  const rpc = withoutWaiting(fetched.wrap(state.rpc, VITEST3_READS));
  const onlyTests = switchboardOptionsOf(state.ctx)?.onlyTests;
  // The dry run (no selection) and vitest's collect report every test.
  const pruner = !collecting && onlyTests ? new SkippedTestPruner(new Set(onlyTests)) : undefined;
  const call = (method: string, args: unknown[]) => {
    const pruned = pruner ? (pruner.prune({ t: 'q', m: method, a: args }) as { a: unknown[] }).a : args;
    return (rpc[method] as (...args: unknown[]) => unknown)(...pruned);
  };
  const served = new Proxy(rpc, {
    get(target, key) {
      if (pruner && (key === 'onCollected' || key === 'onTaskUpdate')) return (...args: unknown[]) => call(key, args);
      return target[key];
    },
  });
  const guarded = vitest3ErrorGuard.wrap(served);
  state.rpc = isWarmUp(state.ctx) ? warmUpRpc(guarded) : guarded;
  return state;
}

export default {
  getRpcOptions: (ctx: Record<string, unknown>) => ctx[LOCAL_RPC] ?? base.getRpcOptions(ctx),
  runTests: (state: WorkerState) => vitest3ErrorGuard.during(() => base.runTests(prepare(state, false))),
  collectTests: (state: WorkerState) => vitest3ErrorGuard.during(() => base.collectTests(prepare(state, true))),
};
