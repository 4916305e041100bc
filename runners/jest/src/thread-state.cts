// The one place the runner and the modules jest loads by path (the environment, the transformer)
// meet: a property of the lab thread's global under a registered symbol, since jest may load those
// modules through its own require (with the project's transforms), so they share no module instance
// with the runner.
import type { ThreadState } from './thread-types.js';

const KEY = Symbol.for('mutate.jest-runner.thread-state');

function threadState(): ThreadState {
  const holder = globalThis as unknown as Record<symbol, ThreadState | undefined>;
  return (holder[KEY] ??= { switchboard: '__mutate', served: new Map(), projects: new Map(), run: undefined, takeChildReports: () => [] });
}

export = { threadState };
