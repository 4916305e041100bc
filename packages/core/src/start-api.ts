// `@mutate/core/start`: what the command line needs before the engine is loaded — errors, config,
// the diff and shard filters, and the lab. Nothing here loads Babel or the reports, so `mutate run`
// can start the lab's workers (which load vitest) while the engine's own modules load.
export * from './errors.js';
export { DEFAULT_MUTATE_GLOBS } from './discover.js';
export * from './config/config.js';
export * from './config/load-config.js';
export * from './config/detect-runner.js';
export * from './config/suggest.js';
export * from './filter/diff.js';
export * from './filter/shard.js';
export * from './lab/lab.js';
export * from './cache/dry-run-snapshot.js';
