export * from './exit-codes.js';
export * from './main.js';
export * from './output.js';
export { defineConfig, type UserConfig } from '@mutate/core';
