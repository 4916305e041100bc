import { Worker } from 'node:worker_threads';
import type { PoolOptions, PoolRunnerInitializer, PoolWorker } from 'vitest/node';
import { isReplaceRequest } from './kept-alive-messages.js';

const WORKER_ENTRY = new URL('./kept-alive-worker.js', import.meta.url);

/** A long-lived worker grows a little with every run (~0.3 MB); replacing it now and then caps that for < 0.5 ms a run. */
const DEFAULT_RUNS_PER_THREAD = 250;

export interface KeptAlivePool extends PoolRunnerInitializer {
  /** Ends the parked threads; call after closing vitest. */
  dispose(): Promise<void>;
  /** Ends the thread now running tests (a hung mutant); the next run starts a fresh one. */
  terminateRunning(): Promise<void>;
}

interface ParkedThread {
  readonly thread: Worker;
  runs: number;
  /** The thread asked to be replaced: its state drifted and could not be put back (`worker-state.ts`). */
  replace: boolean;
}

/**
 * A vitest pool (vitest 4 and 5's custom pool API) whose worker threads outlive a run; they start
 * the project's own vitest runtime (`vitestWorkerUrl`, its `vitest/worker`). vitest stops
 * every pool worker at the end of each `runTestSpecifications()`; this pool parks the thread instead
 * of terminating it and hands it to the next run, where vitest's worker runtime starts over on it
 * (with `isolate`, each test file still gets fresh modules). That takes a single-test run from
 * ~130 ms to ~10 ms on the machines mutate is measured on.
 */
export interface KeptAlivePoolOptions {
  /** Replace a thread after this many runs (default 250). */
  readonly runsPerThread?: number;
  /**
   * For drivers that change the served code between runs (and invalidate it): each run refetches
   * every module. Off, a run reuses the code its thread fetched before and only re-evaluates it,
   * as vitest's own isolation does; a mutation run serves the same code throughout.
   */
  readonly refetchEachRun?: boolean;
}

/** What a kept-alive thread is started with. */
export interface KeptAliveWorkerData {
  readonly vitestWorkerUrl: string;
  readonly refetchEachRun: boolean;
}

export function keptAlivePool(vitestWorkerUrl: string, { runsPerThread = DEFAULT_RUNS_PER_THREAD, refetchEachRun = false }: KeptAlivePoolOptions = {}): KeptAlivePool {
  const workerData: KeptAliveWorkerData = { vitestWorkerUrl, refetchEachRun };
  const parked: ParkedThread[] = [];
  const running = new Set<ParkedThread>();

  class KeptAliveWorker implements PoolWorker {
    readonly name = 'mutate-kept-alive';
    private current: ParkedThread | undefined;
    /** What vitest attached for this run; detached at stop, since the thread outlives the run. */
    private readonly listeners: [string, (arg: unknown) => void][] = [];

    constructor(private readonly options: PoolOptions) {}

    private get thread(): Worker {
      if (!this.current) throw new Error('mutate: the kept-alive vitest worker was used before start()');
      return this.current.thread;
    }

    on(event: string, callback: (arg: unknown) => void): void {
      this.listeners.push([event, callback]);
      this.thread.on(event, callback);
    }

    off(event: string, callback: (arg: unknown) => void): void {
      this.thread.off(event, callback);
    }

    send(message: unknown): void {
      this.thread.postMessage(message);
    }

    deserialize(data: unknown): unknown {
      return data;
    }

    async start(): Promise<void> {
      this.current ??= parked.pop() ?? newThread(this.options);
      running.add(this.current);
    }

    async stop(): Promise<void> {
      const current = this.current;
      this.current = undefined;
      if (!current) return;
      for (const [event, callback] of this.listeners.splice(0)) current.thread.off(event, callback);
      running.delete(current);
      current.runs += 1;
      // vitest may have terminated it after a crash or a cancelled run: then there is nothing to park.
      if (current.runs >= runsPerThread || current.replace || current.thread.threadId === -1) await current.thread.terminate();
      else parked.push(current);
    }

    canReuse(): boolean {
      return true;
    }
  }

  function newThread(options: PoolOptions): ParkedThread {
    const entry: ParkedThread = { thread: new Worker(WORKER_ENTRY, { env: options.env, execArgv: options.execArgv, workerData }), runs: 0, replace: false };
    entry.thread.on('message', (message) => {
      if (isReplaceRequest(message)) entry.replace = true;
    });
    return entry;
  }

  return {
    name: 'mutate-kept-alive',
    createPoolWorker: (options) => new KeptAliveWorker(options),
    async dispose() {
      await Promise.all(parked.splice(0).map(({ thread }) => thread.terminate()));
    },
    async terminateRunning() {
      const threads = [...running];
      running.clear();
      // A terminated thread has threadId -1, so stop() will not park it.
      await Promise.all(threads.map(({ thread }) => thread.terminate()));
    },
  };
}
