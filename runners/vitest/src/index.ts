export * from './kept-alive-pool.js';
export * from './serve-plugin.js';
