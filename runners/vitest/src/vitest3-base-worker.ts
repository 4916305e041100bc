// vitest 3's own worker for a pool (its `workers/forks.js` or `workers/threads.js`, named in this
// module's URL as `?base=`), with two things changed on its RPC to the main thread, for a worker
// that outlives its runs:
//
// - The code of a module is fetched once per worker, not once per run. vitest 3's isolation
//   forgets each module between test files, its code too, so every run asked the main thread again
//   for the code of every module it imports (a round trip each), though mutate serves each file's
//   code unchanged for the whole session (mutants are switched on at run time). vitest 4 keeps the
//   fetched code in the same way. A run that says files changed (`invalidates`) empties the cache.
// - A mutant's run reports only the tests it selected (`SkippedTestPruner`), as on vitest 4.
// - A warm-up run (`warm-up.ts`) reports nothing.
import { switchboardOptionsOf } from './switchboard-setup.js';
import { SkippedTestPruner } from './prune-skipped.js';
import { isWarmUp, warmUpRpc } from './warm-up.js';

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

/** Fetched code and resolved ids, by transform mode and id: promises, so concurrent imports share one request. */
const fetched = new Map<string, Promise<unknown>>();

function cached(key: string, request: () => Promise<unknown>): Promise<unknown> {
  let answer = fetched.get(key);
  if (!answer) {
    answer = request();
    fetched.set(key, answer);
    // A failed request (a file that does not compile) is asked again next time, as vitest would.
    answer.catch(() => fetched.delete(key));
  }
  // A copy: the caller may add to what it gets.
  return answer.then((value) => (value && typeof value === 'object' ? { ...value } : value));
}

function prepare(state: WorkerState, collecting: boolean): WorkerState {
  if (state.ctx.invalidates?.length) fetched.clear();
  const rpc = state.rpc;
  const onlyTests = switchboardOptionsOf(state.ctx)?.onlyTests;
  // The dry run (no selection) and vitest's collect report every test.
  const pruner = !collecting && onlyTests ? new SkippedTestPruner(new Set(onlyTests)) : undefined;
  const call = (method: string, args: unknown[]) => {
    const pruned = pruner ? (pruner.prune({ t: 'q', m: method, a: args }) as { a: unknown[] }).a : args;
    return (rpc[method] as (...args: unknown[]) => unknown)(...pruned);
  };
  const served = new Proxy(rpc, {
    get(target, key) {
      switch (key) {
        case 'fetch':
          return (id: string, mode: string) => cached(`fetch\0${mode}\0${id}`, () => (target.fetch as (id: string, mode: string) => Promise<unknown>)(id, mode));
        case 'resolveId':
          return (id: string, importer: string | undefined, mode: string) =>
            cached(`resolve\0${mode}\0${importer ?? ''}\0${id}`, () => (target.resolveId as (...args: unknown[]) => Promise<unknown>)(id, importer, mode));
        case 'onCollected':
        case 'onTaskUpdate':
          return pruner ? (...args: unknown[]) => call(key, args) : target[key];
        default:
          return target[key];
      }
    },
  });
  state.rpc = isWarmUp(state.ctx) ? warmUpRpc(served) : served;
  return state;
}

export default {
  getRpcOptions: (ctx: unknown) => base.getRpcOptions(ctx),
  runTests: (state: WorkerState) => base.runTests(prepare(state, false)),
  collectTests: (state: WorkerState) => base.collectTests(prepare(state, true)),
};
