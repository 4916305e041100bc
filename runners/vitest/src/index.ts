export * from './kept-alive-pool.js';
export * from './resolve-vitest.js';
export * from './serve-plugin.js';
export * from './switchboard-setup.js';
export * from './vitest-session.js';
export * from './compile-check.js';
