#!/usr/bin/env node
import module from 'node:module';

// Node 22.1+: compiled code is cached on disk (in the system's temp directory, never the project), so
// a run does not compile Babel, vitest and mutate again: ~0.3 s of each start-up, and of each test
// worker's. Set before the CLI loads, and handed down (the variable) to the threads and processes
// the run starts.
const compileCache = module.enableCompileCache?.();
if (compileCache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = compileCache.directory;

// The compiled CLI lives in dist/, built by `npm ci` (the root `prepare` script).
const { main } = await import('../dist/main.js');

// The reader of stdout went away (`mutate list | head`): what is left to print has nowhere to go,
// but the command still finishes (a run still writes its reports), without a stack trace.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

// Ctrl-C or SIGTERM: stop the workers and write the partial report; a second signal quits at once.
const controller = new AbortController();
const onSignal = (signal) => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write(`\nmutate: ${signal}: stopping the workers and writing the partial report (again to quit now)\n`);
  controller.abort(new Error(`interrupted by ${signal}`));
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const exitCode = await main(process.argv.slice(2), undefined, undefined, controller.signal);
// Exit explicitly (a test runner may leave handles open that would keep the process alive), but only
// once stdout and stderr are flushed: on a pipe, writes are asynchronous and exit would cut them off.
const flushed = (stream) => new Promise((resolve) => stream.write('', resolve));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(exitCode);
