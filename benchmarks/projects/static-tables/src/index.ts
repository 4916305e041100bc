export * from './status';
export * from './methods';
export * from './headers';
export * from './mime';
export * from './cache-control';
export * from './negotiate';
export * from './problem';
