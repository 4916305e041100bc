// The entry of a kept-alive test thread of the vitest 3 pool.
import { parentPort, workerData } from 'node:worker_threads';
import { serveVitest3Tasks } from './vitest3-runtime.js';

if (!parentPort) throw new Error('mutate: the vitest 3 kept-alive worker must run in a worker thread');
const port = parentPort;
await serveVitest3Tasks({ post: (message) => port.postMessage(message), on: (listener) => port.on('message', listener) }, (workerData as { workerUrl: string }).workerUrl);
