// The entry of a kept-alive test thread (the `threads` kind of the kept-alive pool).
import { parentPort, workerData } from 'node:worker_threads';
import type { KeptAliveWorkerData } from './kept-alive-pool.js';
import { startKeptAliveRuntime } from './kept-alive-runtime.js';

if (!parentPort) throw new Error('mutate: the kept-alive vitest worker must run in a worker thread');
const port = parentPort;

await startKeptAliveRuntime(
  { post: (message) => port.postMessage(message), on: (listener) => port.on('message', listener), off: (listener) => port.off('message', listener) },
  workerData as KeptAliveWorkerData,
);
