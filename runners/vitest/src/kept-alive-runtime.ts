// What runs in a kept-alive test worker (a thread or a child process): vitest's own worker runtime,
// except that it stays alive after a run ends, so the next run skips a new worker and vitest's
// runtime boot (about 100 ms each), and that it leaves each run as clean as a new worker would be.
import type { KeptAliveWorkerData } from './kept-alive-pool.js';
import { Replayer } from './replay.js';
import { FetchCache, VITEST4_READS, withoutWaiting } from './session-rpc.js';
import { REPLACE_THREAD } from './kept-alive-messages.js';
import { FAILED_FLAG, switchboardOptionsOf } from './switchboard-setup.js';
import { SkippedTestPruner } from './prune-skipped.js';
import { warmedUp, warmUpOf, warmUpRpc } from './warm-up.js';
import { StateKeeper } from './worker-state.js';
import { UnhandledErrorGuard } from './unhandled-errors.js';

/** How the worker talks with its pool: a thread's parentPort or a child process's IPC channel. */
export interface WorkerPort {
  post(message: unknown): void;
  on(listener: (message: unknown) => void): void;
  off(listener: (message: unknown) => void): void;
}

export async function startKeptAliveRuntime(port: WorkerPort, { vitestWorkerUrl, refetchEachRun }: KeptAliveWorkerData): Promise<void> {
  // The project's own vitest runtime (its `vitest/worker`), never mutate's copy: the two must match.
  const { init, runBaseTests, setupEnvironment } = (await import(vitestWorkerUrl)) as typeof import('vitest/worker');

  // Mutated code often rejects a promise that a test handles a moment later (an error thrown at the
  // hit limit inside a retry loop): vitest reports what stays unhandled; without a listener here Node
  // would also print a PromiseRejectionHandledWarning for each one on mutate's console.
  process.on('rejectionHandled', () => {});
  // Node makes some globals the first time they are needed, for good (non-configurable): Node 24's
  // fetch dispatcher, on the first \`Response\` or \`fetch\`. Made now, they are part of every run's
  // starting state, not a change some test left behind that costs the worker.
  if (typeof Response === 'function') new Response('');

  let freshModules = false;
  let environment: { readonly key: string; readonly teardown: (() => unknown) | void | undefined } | undefined;
  const keeper = new StateKeeper();
  const reads = new FetchCache();
  const errorGuard = new UnhandledErrorGuard(() => port.post(REPLACE_THREAD));

  type Listener = (message: unknown) => void;
  // The first listener is vitest's request handler, which must outlive runs, and is reached through
  // the replayer (`replay.ts`); the others belong to one run's RPC channel and go at its end, or every
  // run would leave one behind.
  let replayer: Replayer | undefined;
  const runListeners = new Set<Listener>();

  // Only mutant runs select tests; the dry run reports every test, as vitest does.
  let pruner: SkippedTestPruner | undefined;
  init({
    post: (response) => {
      if (!replayer?.takes(response)) port.post(pruner ? pruner.prune(response) : response);
    },
    on: (callback: Listener) => {
      if (replayer) {
        runListeners.add(callback);
        port.on(callback);
        return;
      }
      const toRunListeners = (message: unknown) => {
        for (const listener of runListeners) listener(message);
      };
      const handler = (replayer = new Replayer(callback, (message) => port.post(message), toRunListeners));
      port.on((message) => handler.fromPool(message));
    },
    off: (callback: Listener) => {
      runListeners.delete(callback);
      port.off(callback);
    },
    // vitest's own worker drops every listener here and waits to be terminated; this one keeps its request handler for the next run.
    teardown: () => {
      for (const listener of runListeners) port.off(listener);
      runListeners.clear();
    },
    runTests: (state, traces) => {
      freshModules = !state.config.isolate;
      const onlyTests = switchboardOptionsOf(state.ctx)?.onlyTests;
      const selected = state.ctx.files.some((file) => (file as { testIds?: unknown[] }).testIds?.length);
      pruner = selected || onlyTests ? new SkippedTestPruner(onlyTests ? new Set(onlyTests) : undefined) : undefined;
      const served = withSessionRpc(state);
      return errorGuard.during(() => warmUp(served, traces).then(() => runBaseTests('run', served, traces)));
    },
    collectTests: (state, traces) => errorGuard.during(() => runBaseTests('collect', withSessionRpc(state), traces)),
    setup: async (context) => {
      (globalThis as Record<string, unknown>)[FAILED_FLAG] = false;
      // The test environment (jsdom, happy-dom) lives as long as the worker: packages that took hold
      // of the first document when they loaded (Testing Library's \`screen\`), which vitest does not
      // load again in a worker, must find the same document in every run. A run that leaves the
      // document changed gets the worker replaced (\`checkState\`).
      const key = JSON.stringify(context.environment);
      if (environment?.key !== key) {
        await environment?.teardown?.();
        environment = { key, teardown: await setupEnvironment(context) };
      }
      return async () => checkState();
    },
    onModuleRunner: (moduleRunner) => {
      // vitest's isolation already resets every module's evaluation before each test file and keeps the
      // fetched code, which is what makes a run cheap. Only a driver that changes the served code between
      // runs needs more: a thread that sat out the run in which a file was invalidated would keep the old
      // code, so with `refetchEachRun` each run starts with no modules at all, as a fresh thread would.
      if (refetchEachRun) moduleRunner.evaluatedModules.clear();
      // With `isolate: false` vitest never resets modules in a thread, so a kept-alive thread would carry
      // one mutant's module state (a module-level constant, a memo cache) into the next run. Each run
      // starts with modules evaluated afresh, as in a new thread; the files of one run still share them.
      else if (freshModules) resetEvaluatedModules(moduleRunner as unknown as ModuleRunnerLike);
    },
  });

  /**
   * The run's state with the session's RPC (`session-rpc.ts`): reports not waited for, and reads of
   * served code answered from the worker's cache unless the driver changes that code between runs;
   * unhandled errors reported only during a run (`unhandled-errors.ts`).
   */
  function withSessionRpc<S extends { rpc: object; ctx: { invalidates?: readonly string[] } }>(state: S): S {
    if (state.ctx.invalidates?.length) reads.clear();
    const rpc = withoutWaiting(state.rpc);
    return { ...state, rpc: errorGuard.wrap(refetchEachRun ? rpc : reads.wrap(rpc, VITEST4_READS)) };
  }

  /**
   * A new worker's first mutant run is preceded by its tests with no mutant active (`warm-up.ts`),
   * whose end state is the reference. Should they fail on their own (tests that pass only after
   * the rest of their file), the worker goes after this run; the mutant's run still happens here,
   * its tests failing alone as they would in any new worker.
   */
  async function warmUp(state: Parameters<typeof runBaseTests>[1], traces: Parameters<typeof runBaseTests>[2]): Promise<void> {
    if (keeper.hasReference) return;
    const ctx = warmUpOf(state.ctx as { providedContext?: Record<string, unknown> });
    if (!ctx) return;
    const warmState = { ...state, ctx, providedContext: ctx.providedContext, rpc: warmUpRpc(state.rpc) } as typeof state;
    if (!(await warmedUp(() => runBaseTests('run', warmState, traces), keeper))) port.post(REPLACE_THREAD);
  }

  /** After each run, once the test environment is torn down: a worker that cannot be made clean asks to be replaced. */
  function checkState(): void {
    if (!keeper.afterRun((globalThis as Record<string, unknown>)[FAILED_FLAG] === true)) port.post(REPLACE_THREAD);
  }
}

interface ModuleRunnerLike {
  readonly evaluatedModules: { readonly idToModuleMap: Map<string, { promise?: unknown; exports?: unknown; evaluated: boolean; importers: Set<string> }> };
  readonly mocker?: { reset(): void };
}

/** What vitest's isolation does before each test file (its `resetModules`): evaluate again, keep the fetched code. */
function resetEvaluatedModules(moduleRunner: ModuleRunnerLike): void {
  moduleRunner.mocker?.reset();
  for (const [path, node] of moduleRunner.evaluatedModules.idToModuleMap) {
    if (/\/vitest\/dist\/|vitest-virtual-\w+\/dist|@vitest\/dist/.test(path)) continue;
    node.promise = undefined;
    node.exports = undefined;
    node.evaluated = false;
    node.importers.clear();
  }
}
