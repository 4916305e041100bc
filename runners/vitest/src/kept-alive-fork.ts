// The entry of a kept-alive test process (the `forks` kind of the kept-alive pool): for projects that
// vitest runs in child processes, whose tests may do what a thread cannot (process.chdir, native
// addons that are not thread-safe).
import type { KeptAliveWorkerData } from './kept-alive-pool.js';
import { startKeptAliveRuntime } from './kept-alive-runtime.js';

// Taken before any test can replace them.
const send = process.send?.bind(process);
const on = process.on.bind(process);
const off = process.off.bind(process);
const exit = process.exit.bind(process);
if (!send) throw new Error('mutate: the kept-alive vitest fork must run in a child process with an IPC channel');
// The pool went away (mutate stopped or was killed): nothing is left to run for.
on('disconnect', () => exit(0));

await startKeptAliveRuntime(
  { post: (message) => void send(message), on: (listener) => on('message', listener), off: (listener) => off('message', listener) },
  JSON.parse(process.env['MUTATE_KEPT_ALIVE_DATA'] ?? '{}') as KeptAliveWorkerData,
);
