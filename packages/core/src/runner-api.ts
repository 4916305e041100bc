// `@mutate/core/runner`: what a test runner package needs from core, and nothing of the engine
// (Babel, reports). A runner is loaded by every lab worker, where its start-up time is paid before
// the first test runs: the full `@mutate/core` took ~170 ms more there.
export * from './runner.js';
export * from './errors.js';
export * from './collections.js';
export * from './instrument/switchboard.js';
export * from './file-overheads.js';
export * from './scratch-dir.js';
