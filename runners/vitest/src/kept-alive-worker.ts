// The test worker of the kept-alive pool: vitest's own thread worker, except that it stays alive
// after a run ends, so the next run skips a new thread and vitest's runtime boot (about 100 ms each).
import { parentPort, workerData } from 'node:worker_threads';
import type { KeptAliveWorkerData } from './kept-alive-pool.js';
import { REPLACE_THREAD } from './kept-alive-messages.js';
import { FAILED_FLAG } from './switchboard-setup.js';
import { restoreSnapshot, takeSnapshot, type WorkerStateSnapshot } from './worker-state.js';

// The project's own vitest runtime (its `vitest/worker`), never mutate's copy: the two must match.
const { vitestWorkerUrl, refetchEachRun } = workerData as KeptAliveWorkerData;
const { init, runBaseTests, setupEnvironment } = (await import(vitestWorkerUrl)) as typeof import('vitest/worker');

if (!parentPort) throw new Error('mutate: the kept-alive vitest worker must run in a worker thread');

// Mutated code often rejects a promise that a test handles a moment later (an error thrown at the
// hit limit inside a retry loop): vitest reports what stays unhandled; without a listener here Node
// would also print a PromiseRejectionHandledWarning for each one on mutate's console.
process.on('rejectionHandled', () => {});
const port = parentPort;

type Listener = (message: unknown) => void;
// The first listener is vitest's request handler, which must outlive runs; the others belong to one
// run's RPC channel and go at its end, or every run would leave one behind.
let requestHandler: Listener | undefined;
const runListeners = new Set<Listener>();

init({
  post: (response) => port.postMessage(response),
  on: (callback: Listener) => {
    if (requestHandler) runListeners.add(callback);
    else requestHandler = callback;
    port.on('message', callback);
  },
  off: (callback: Listener) => {
    runListeners.delete(callback);
    port.off('message', callback);
  },
  // vitest's own worker drops every listener here and waits to be terminated; this one keeps its request handler for the next run.
  teardown: () => {
    for (const listener of runListeners) port.off('message', listener);
    runListeners.clear();
  },
  runTests: (state, traces) => {
    freshModules = !state.config.isolate;
    return runBaseTests('run', state, traces);
  },
  collectTests: (state, traces) => runBaseTests('collect', state, traces),
  setup: async (context) => {
    (globalThis as Record<string, unknown>)[FAILED_FLAG] = false;
    const teardown = await setupEnvironment(context);
    return async () => {
      await teardown?.();
      checkState();
    };
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

let freshModules = false;
/** The state of this thread after a run in which no test failed: what every later run must leave behind. */
let reference: WorkerStateSnapshot | undefined;

/**
 * After each run, once the test environment is torn down: the first run with no failing test sets
 * the reference; after any later run, whatever differs from it is put back. A thread whose state
 * cannot be put back exactly (or whose first run failed, so that no clean state is known) asks the
 * pool to replace it instead of keeping it for the next run.
 */
function checkState(): void {
  const failed = (globalThis as Record<string, unknown>)[FAILED_FLAG] === true;
  if (!reference) {
    if (failed) port.postMessage(REPLACE_THREAD);
    else reference = takeSnapshot();
    return;
  }
  const drift = restoreSnapshot(reference);
  if (process.env['MUTATE_DEBUG'] && drift.changed.length > 0) process.stderr.write(`[mutate] test thread state drifted: ${drift.changed.join(', ')}${drift.restored ? ' (restored)' : ' (replacing the thread)'}\n`);
  if (!drift.restored) port.postMessage(REPLACE_THREAD);
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
