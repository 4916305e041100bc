// Runs inside a kept-alive test worker. An error the tests' code throws where no test awaits it (a
// promise rejected and never handled, an exception thrown in a timer) fails `vitest run`: vitest's
// worker reports it to the main thread through the current run's RPC (`onUnhandledError`). In a
// worker that outlives its runs two things go wrong without more:
//
// - Node reports an unhandled rejection only when the event loop turns. vitest's own worker turns it
//   often, waiting for the main thread to answer each report; mutate's sends reports without waiting
//   (`session-rpc.ts`), so a run of quick tests can end before the rejection is reported.
// - What is reported after a run ended goes through that run's RPC, which nothing answers any more;
//   vitest's worker waits for every pending call at the end of each run (`rpcDone`), so every later
//   run in the worker hung until its mutant's time ran out: a false Timeout.
//
// So each run ends with a turn of the event loop, and a few more while I/O its tests started is
// still under way (a file read a rejected promise waits for), as vitest's own worker, slower to end,
// would still be there to report what it ends in. A worker whose run leaves requests under way past
// that, or timers and handles open (`worker-state.ts`), is replaced: code of that run may still be
// going, and must not throw into the next. So an error a run reports is that run's own. One
// reported outside a run all the same is not sent, and the worker asks to be replaced.
import { setImmediate } from 'node:timers/promises';
import { activeResources, isRequest } from './node-resources.js';

/** How long a run's end waits at most for I/O left under way (requests are short-lived: a file read takes a millisecond or two). */
const LEFT_IO_WAIT_MS = 100;

function requestsUnderWay(): number {
  return activeResources().filter(isRequest).length;
}

/**
 * Turns of the event loop until Node has reported what the run left unhandled: at least one, more
 * while requests are under way (for at most `LEFT_IO_WAIT_MS`). Any request, not only those started
 * since the run began: one an earlier run left may be what this run's code waits for. From
 * `node:timers`, not the globals a test may have left faked.
 */
async function settle(): Promise<boolean> {
  const until = performance.now() + LEFT_IO_WAIT_MS;
  do await setImmediate();
  while (requestsUnderWay() > 0 && performance.now() < until);
  return requestsUnderWay() === 0;
}

export class UnhandledErrorGuard {
  private running = false;

  /** @param replaceWorker asks the pool to end this worker rather than give it another run. */
  constructor(private replaceWorker: () => void = () => {}) {}

  /** For the vitest 3 pool, whose worker module (`vitest3-base-worker.ts`) is loaded after the runtime that knows the pool. */
  replaceWith(replaceWorker: () => void): void {
    this.replaceWorker = replaceWorker;
  }

  /** Runs `run` (a test run in this worker), then lets the event loop turn while the run is still on (`settle`). */
  async during<T>(run: () => Promise<T>): Promise<T> {
    this.running = true;
    try {
      const result = await run();
      if (!(await settle())) this.replaceWorker();
      return result;
    } finally {
      this.running = false;
    }
  }

  /** A run's RPC whose `onUnhandledError` is sent only during a run; outside one, the worker asks to be replaced instead. */
  wrap<T extends object>(rpc: T): T {
    return new Proxy(rpc, {
      get: (target, method) => {
        const original = (target as Record<string | symbol, unknown>)[method];
        if (method !== 'onUnhandledError' || typeof original !== 'function') return original;
        return (...args: unknown[]) => {
          if (this.running) return (original as (...args: unknown[]) => Promise<unknown>).apply(target, args);
          this.replaceWorker();
          return Promise.resolve();
        };
      },
    });
  }
}

/** The vitest 3 pool's worker: one per thread or process, shared by its runtime and its worker module. */
export const vitest3ErrorGuard = new UnhandledErrorGuard();
