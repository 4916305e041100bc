// Where the preload leaves the wrapped node:test for the module the resolution hooks hand out in its place. No imports.
export const WRAPPED_KEY: unique symbol = Symbol.for('mutate.node-test.wrapped');
