// What runs in a kept-alive test worker of the vitest 3 pool (`vitest3-pool.ts`), a thread or a
// child process: each test file it is sent runs with vitest 3's own worker runtime (`dist/worker.js`),
// as vitest's pools run it in a new worker each time, and the worker keeps itself as clean as a new
// one between files (`StateKeeper`).
import { REPLACE_THREAD } from './kept-alive-messages.js';
import { FAILED_FLAG } from './switchboard-setup.js';
import { warmedUp, warmUpOf } from './warm-up.js';
import { StateKeeper } from './worker-state.js';

/** Our messages carry the mark vitest's forks RPC leaves alone (it takes them for Tinypool's). */
const OWN = '__tinypool_worker_message__';

export interface Vitest3Port {
  post(message: unknown): void;
  on(listener: (message: unknown) => void): void;
}

export async function serveVitest3Tasks(port: Vitest3Port, workerUrl: string): Promise<void> {
  const { run, collect } = (await import(workerUrl)) as { run(data: unknown): Promise<void>; collect(data: unknown): Promise<void> };
  const keeper = new StateKeeper();
  // Node makes its fetch dispatcher the first time it is needed, for good: made now, it is no test's doing.
  if (typeof Response === 'function') new Response('');
  process.on('rejectionHandled', () => {});

  port.on(async (raw) => {
    const message = raw as { [OWN]?: boolean; run?: unknown; collect?: unknown; noWarmUp?: boolean };
    if (!message || typeof message !== 'object' || !message[OWN]) return;
    const globals = globalThis as Record<string, unknown>;
    const warmUp = message.run && !message.noWarmUp && !keeper.hasReference ? warmUpOf(message.run as { providedContext?: Record<string, unknown> }) : undefined;
    // Tests that fail with no mutant (they pass only with the rest of their file) leave this worker
    // no longer new: the mutant runs in another one, without a warm-up.
    if (warmUp && !(await warmedUp(() => run(warmUp), keeper))) {
      port.post(REPLACE_THREAD);
      port.post({ [OWN]: true, done: true, warmUpFailed: true });
      return;
    }
    globals[FAILED_FLAG] = false;
    let error: unknown;
    try {
      await (message.run ? run(message.run) : collect(message.collect));
    } catch (caught) {
      error = caught;
    }
    if (!keeper.afterRun(globals[FAILED_FLAG] === true)) port.post(REPLACE_THREAD);
    port.post({ [OWN]: true, done: true, error });
  });
}
