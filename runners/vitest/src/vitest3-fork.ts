// The entry of a kept-alive test process of the vitest 3 pool, for projects on vitest's forks pool
// (its default): tests may do what a thread cannot (process.chdir, addons that are not thread-safe).
import { serveVitest3Tasks } from './vitest3-runtime.js';

// Taken before any test can replace them.
const send = process.send?.bind(process);
const on = process.on.bind(process);
const exit = process.exit.bind(process);
if (!send) throw new Error('mutate: the vitest 3 kept-alive fork must run in a child process with an IPC channel');
// The pool went away (mutate stopped or was killed): nothing is left to run for.
on('disconnect', () => exit(0));
await serveVitest3Tasks({ post: (message) => void send(message), on: (listener) => void on('message', listener) }, process.env['MUTATE_VITEST3_WORKER'] ?? '');
