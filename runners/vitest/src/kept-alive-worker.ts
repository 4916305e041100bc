// The test worker of the kept-alive pool: vitest's own thread worker, except that it stays alive
// after a run ends, so the next run skips a new thread and vitest's runtime boot (about 100 ms each).
import { parentPort, workerData } from 'node:worker_threads';
import type { KeptAliveWorkerData } from './kept-alive-pool.js';

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
  runTests: (state, traces) => runBaseTests('run', state, traces),
  collectTests: (state, traces) => runBaseTests('collect', state, traces),
  setup: setupEnvironment,
  // vitest's isolation already resets every module's evaluation before each test file and keeps the
  // fetched code, which is what makes a run cheap. Only a driver that changes the served code between
  // runs needs more: a thread that sat out the run in which a file was invalidated would keep the old
  // code, so with `refetchEachRun` each run starts with no modules at all, as a fresh thread would.
  ...(refetchEachRun ? { onModuleRunner: (moduleRunner) => moduleRunner.evaluatedModules.clear() } : {}),
});
