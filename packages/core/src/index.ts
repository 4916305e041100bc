export * from './errors.js';
export * from './mutator.js';
export * from './types.js';
export * from './generate/generate-mutants.js';
export * from './generate/parse.js';
export * from './instrument/instrument.js';
export * from './instrument/apply-mutant.js';
export * from './discover.js';
