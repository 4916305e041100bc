// A kept-alive test worker's RPC to the main thread, made for a session of many short runs, in
// which each round trip (a wake-up of another process or thread: ~0.1 ms on the machines mutate is
// measured on, more when they are busy) is a good part of a run's cost. Two changes:
//
// - Reads of served code are asked once per worker. vitest's isolation evaluates the setup files
//   and the test file afresh at every run, and fetches them afresh with it (vitest 3 forgets the code
//   of every module between test files), though mutate serves every file's code unchanged for the
//   whole session (mutants are switched on at run time): each answer is the same every time. This
//   saves each run its round trips (resolve, fetch and snapshot path, one after the other, for each
//   of those files) and the main thread the work of sending the code again (on a suite of small
//   tests, ~45 KB a run): a one-test run went from 6.1–7.0 ms to 4.1–5.4 ms.
// - Reports (`NOTIFICATIONS`) are sent without waiting for their empty answer.

/** How a cached RPC method's arguments make its key: the arguments its answer depends on. */
export type CacheKeys = Readonly<Record<string, (args: readonly unknown[]) => string>>;

/** vitest 4 and 5: `fetch(id, importer, environment, options, trace)`, `resolve(id, importer, environment)`, `resolveSnapshotPath(file)`. */
export const VITEST4_READS: CacheKeys = {
  fetch: ([id, importer, environment]) => `${String(environment)}\0${String(importer ?? '')}\0${String(id)}`,
  resolve: ([id, importer, environment]) => `${String(environment)}\0${String(importer ?? '')}\0${String(id)}`,
  resolveSnapshotPath: ([file]) => String(file),
};

/** vitest 3: `fetch(id, transformMode)`, `resolveId(id, importer, transformMode)`, `resolveSnapshotPath(file)`. */
export const VITEST3_READS: CacheKeys = {
  fetch: ([id, mode]) => `${String(mode)}\0${String(id)}`,
  resolveId: ([id, importer, mode]) => `${String(mode)}\0${String(importer ?? '')}\0${String(id)}`,
  resolveSnapshotPath: ([file]) => String(file),
};

/** The answers a worker got to the RPC calls that read served code, kept for its lifetime. */
export class FetchCache {
  /** Promises, so concurrent imports of one module share one request. */
  private readonly answers = new Map<string, Promise<unknown>>();

  /** Forget every answer: the served code changed (a run that names files in `invalidates`). */
  clear(): void {
    this.answers.clear();
  }

  /** `rpc`, with the methods named in `keys` answered from this cache after their first call. */
  wrap<T extends object>(rpc: T, keys: CacheKeys): T {
    return new Proxy(rpc, {
      get: (target, method) => {
        const original = (target as Record<string | symbol, unknown>)[method];
        const keyOf = typeof method === 'string' && Object.hasOwn(keys, method) ? keys[method] : undefined;
        if (!keyOf || typeof original !== 'function') return original;
        return (...args: unknown[]) => this.answer(`${method as string}\0${keyOf(args)}`, () => (original as (...args: unknown[]) => Promise<unknown>)(...args));
      },
    });
  }

  private answer(key: string, request: () => Promise<unknown>): Promise<unknown> {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = request();
      this.answers.set(key, answer);
      // A failed request (a file that does not compile) is asked again next time, as vitest would.
      answer.catch(() => this.answers.delete(key));
    }
    // A copy: the caller may add to what it gets.
    return answer.then((value) => (value && typeof value === 'object' && !Array.isArray(value) ? { ...value } : value));
  }
}

/**
 * The RPC methods by which a worker reports what its tests did, whose answer is nothing (vitest 3
 * to 5): sent without waiting for that answer. The main thread handles messages in the order they
 * come and updates its state as each comes, so the results it holds when the run ends are the same.
 */
export const NOTIFICATIONS: ReadonlySet<string> = new Set(['onQueued', 'onCollected', 'onAfterSuiteRun', 'onTaskUpdate', 'onUserConsoleLog', 'snapshotSaved']);

interface EventCall {
  (...args: unknown[]): Promise<unknown>;
  /** birpc's way to send a call without waiting for its answer. */
  readonly asEvent?: (...args: unknown[]) => Promise<void>;
}

/** `rpc` with its notifications sent as events: the worker goes on at once instead of waiting for the main thread. */
export function withoutWaiting<T extends object>(rpc: T): T {
  return new Proxy(rpc, {
    get: (target, method) => {
      const call = (target as Record<string | symbol, unknown>)[method] as EventCall | undefined;
      if (typeof method !== 'string' || !NOTIFICATIONS.has(method) || typeof call?.asEvent !== 'function') return call;
      const asEvent = call.asEvent;
      return (...args: unknown[]) => asEvent(...args);
    },
  });
}
