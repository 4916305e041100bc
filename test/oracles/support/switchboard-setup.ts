// Loaded into the example's test workers before each test file: switches on the mutant the oracle asked for.
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    activeMutant: number;
  }
}

/** A mutant run this many times in one test file is taken to loop forever (`i++` made `i--`). */
export const HIT_LIMIT = 1_000_000;
export const HIT_LIMIT_MESSAGE = 'mutate: hit limit reached';

let hits = 0;
(globalThis as { __mutate?: unknown }).__mutate = {
  active: inject('activeMutant'),
  cover() {},
  hit() {
    if (++hits > HIT_LIMIT) throw new Error(HIT_LIMIT_MESSAGE);
  },
};
