import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { addToGroup } from '@mutate/core/runner';
import type { PoolOptions, PoolRunnerInitializer, PoolWorker } from 'vitest/node';
import type { FileReport } from './file-report.js';
import { debugWorkerStarted, isReplaceRequest } from './kept-alive-messages.js';
import { isReplayResult, type ReplayRequest } from './replay.js';

const THREAD_ENTRY = new URL('./kept-alive-worker.js', import.meta.url);
const FORK_ENTRY = new URL('./kept-alive-fork.js', import.meta.url);

/** A long-lived worker grows a little with every run (~0.3 MB); replacing it now and then caps that for < 0.5 ms a run. */
const DEFAULT_RUNS_PER_WORKER = 250;

export interface KeptAlivePool extends PoolRunnerInitializer {
  /** Ends the parked workers; call after closing vitest. */
  dispose(): Promise<void>;
  /** Ends the worker now running tests (a hung mutant); the next run starts a fresh one. */
  terminateRunning(): Promise<void>;
  /**
   * Runs tests of a file on a parked worker of the project that ran that file before, by a replay of
   * vitest's messages in the worker (`replay.ts`), without vitest's main thread: the file's report,
   * `'hung'` (the worker was ended), or undefined when no worker could (then run it through vitest).
   */
  replay?(project: string, request: Omit<ReplayRequest, '__mutateReplay'>, timeoutMs: number): Promise<FileReport | 'hung' | undefined>;
}

/**
 * What a worker runs in: a thread (vitest's `threads`) or a child process (`forks`, vitest's default,
 * where tests may `process.chdir` or load addons that are not thread-safe). Follow the project's pool.
 */
export type KeptAliveKind = 'threads' | 'forks';

export interface KeptAlivePoolOptions {
  readonly kind?: KeptAliveKind;
  /** Replace a worker after this many runs (default 250). */
  readonly runsPerWorker?: number;
  /**
   * For drivers that change the served code between runs (and invalidate it): each run refetches
   * every module. Off, a run reuses the code its worker fetched before and only re-evaluates it,
   * as vitest's own isolation does; a mutation run serves the same code throughout.
   */
  readonly refetchEachRun?: boolean;
}

/** What a kept-alive worker is started with. */
export interface KeptAliveWorkerData {
  readonly vitestWorkerUrl: string;
  readonly refetchEachRun: boolean;
}

/** A thread or a child process, as the pool needs it. */
interface Carrier {
  on(event: string, callback: (arg: unknown) => void): void;
  off(event: string, callback: (arg: unknown) => void): void;
  send(message: unknown): void;
  /** False once it exited or was terminated: nothing to park. */
  readonly alive: boolean;
  terminate(): Promise<void>;
}

interface ParkedWorker {
  readonly carrier: Carrier;
  /** The vitest project it runs tests of. */
  readonly project: string;
  /** The test files it ran: it has their code, and vitest's messages to run them again (`replay.ts`). */
  readonly files: Set<string>;
  /** The project and environment it ran: the only ones it may run again (`workerKey`). */
  readonly key: string;
  runs: number;
  /** The worker asked to be replaced: its state drifted and could not be put back (`worker-state.ts`). */
  replace: boolean;
}

/**
 * A vitest pool (vitest 4 and 5's custom pool API) whose workers outlive a run; they start the
 * project's own vitest runtime (`vitestWorkerUrl`, its `vitest/worker`). vitest stops every pool
 * worker at the end of each `runTestSpecifications()`; this pool parks the worker instead of
 * ending it and hands it to the next run, where vitest's worker runtime starts over on it (with
 * `isolate`, each test file still gets fresh modules). That takes a single-test run from ~130 ms
 * to ~10 ms on the machines mutate is measured on.
 */
export function keptAlivePool(vitestWorkerUrl: string, { kind = 'threads', runsPerWorker = DEFAULT_RUNS_PER_WORKER, refetchEachRun = false }: KeptAlivePoolOptions = {}): KeptAlivePool {
  const workerData: KeptAliveWorkerData = { vitestWorkerUrl, refetchEachRun };
  const parked = new Map<string, ParkedWorker[]>();
  const running = new Set<ParkedWorker>();
  const name = `mutate-kept-alive-${kind}`;

  function newWorker(options: PoolOptions): ParkedWorker {
    const carrier = kind === 'forks' ? forkCarrier(options, workerData) : threadCarrier(options, workerData);
    const entry: ParkedWorker = { carrier, project: options.project.name, files: new Set(), key: workerKey(options), runs: 0, replace: false };
    carrier.on('message', (message) => {
      if (isReplaceRequest(message)) entry.replace = true;
    });
    return entry;
  }

  /** After a run: parked for the next, or ended (vitest may have ended it after a crash or a cancelled run: then there is nothing to park). */
  async function park(worker: ParkedWorker): Promise<void> {
    if (worker.runs >= runsPerWorker || worker.replace || !worker.carrier.alive) await worker.carrier.terminate();
    else addToGroup(parked, worker.key, worker);
  }

  /** A worker that asked to be replaced while parked (an unhandled error from an earlier run's code) is ended, not handed out. */
  function endReplaced(): void {
    for (const group of parked.values()) {
      for (const worker of group.filter(({ replace }) => replace)) {
        group.splice(group.indexOf(worker), 1);
        void worker.carrier.terminate();
      }
    }
  }

  let replays = 0;
  async function replay(project: string, request: Omit<ReplayRequest, '__mutateReplay'>, timeoutMs: number): Promise<FileReport | 'hung' | undefined> {
    endReplaced();
    const ranIt = (worker: ParkedWorker) => worker.project === project && worker.files.has(request.file);
    const group = [...parked.values()].find((workers) => workers.some(ranIt));
    if (!group) return undefined;
    const [worker] = group.splice(group.findLastIndex(ranIt), 1) as [ParkedWorker];
    running.add(worker);
    const id = ++replays;
    let done: (result: FileReport | 'hung' | undefined) => void = () => {};
    const onMessage = (message: unknown) => {
      if (isReplayResult(message) && message.__mutateReplayed === id) done(message.report);
    };
    // A worker that dies in a replay (a native crash) leaves the file to a run through vitest, which reports it as vitest does.
    const onExit = () => done(undefined);
    const timer = setTimeout(() => done('hung'), Math.max(timeoutMs, 0));
    const result = await new Promise<FileReport | 'hung' | undefined>((resolve) => {
      done = resolve;
      worker.carrier.on('message', onMessage);
      worker.carrier.on('exit', onExit);
      worker.carrier.send({ __mutateReplay: id, ...request } satisfies ReplayRequest);
    });
    clearTimeout(timer);
    worker.carrier.off('message', onMessage);
    worker.carrier.off('exit', onExit);
    running.delete(worker);
    worker.runs += 1;
    if (result === 'hung') await worker.carrier.terminate();
    else await park(worker);
    return result;
  }

  class KeptAliveWorker implements PoolWorker {
    readonly name = name;
    private current: ParkedWorker | undefined;
    /** What vitest attached for this run; detached at stop, since the worker outlives the run. */
    private readonly listeners: [string, (arg: unknown) => void][] = [];

    constructor(private readonly options: PoolOptions) {}

    private get carrier(): Carrier {
      if (!this.current) throw new Error('mutate: the kept-alive vitest worker was used before start()');
      return this.current.carrier;
    }

    on(event: string, callback: (arg: unknown) => void): void {
      this.listeners.push([event, callback]);
      this.carrier.on(event, callback);
    }

    off(event: string, callback: (arg: unknown) => void): void {
      this.carrier.off(event, callback);
    }

    send(message: unknown): void {
      const run = message as { type?: string; context?: { files?: { filepath: string }[] } };
      if (run.type === 'run') for (const { filepath } of run.context?.files ?? []) this.current?.files.add(filepath);
      this.carrier.send(message);
    }

    deserialize(data: unknown): unknown {
      return data;
    }

    async start(): Promise<void> {
      endReplaced();
      this.current ??= parked.get(workerKey(this.options))?.pop() ?? newWorker(this.options);
      running.add(this.current);
    }

    async stop(): Promise<void> {
      const current = this.current;
      this.current = undefined;
      if (!current) return;
      for (const [event, callback] of this.listeners.splice(0)) current.carrier.off(event, callback);
      running.delete(current);
      current.runs += 1;
      await park(current);
    }

    /** vitest's own rule: the next test file may run here if it wants the same environment (`@vitest-environment` may differ per file). */
    canReuse(task: { context: { environment: unknown } }): boolean {
      return JSON.stringify(task.context.environment) === JSON.stringify((this.options as { environment?: unknown }).environment);
    }
  }

  return {
    name,
    createPoolWorker: (options) => new KeptAliveWorker(options),
    async dispose() {
      const all = [...parked.values()].flat();
      parked.clear();
      await Promise.all(all.map(({ carrier }) => carrier.terminate()));
    },
    ...(refetchEachRun ? {} : { replay }),
    async terminateRunning() {
      const workers = [...running];
      running.clear();
      // A terminated worker is no longer alive, so stop() will not park it.
      await Promise.all(workers.map(({ carrier }) => carrier.terminate()));
    },
  };
}

/**
 * A parked worker runs again only for the project and environment it ran, as vitest's own pools
 * do: vitest sets a worker up once, with the config of the first file it runs (`globals` among
 * it), and the clean state `worker-state.ts` keeps to is that project's. A worker of a project
 * without globals, taken for one with them, failed to load its test files ("describe is not defined").
 */
function workerKey(options: PoolOptions): string {
  return `${options.project.name}\0${JSON.stringify(options.environment)}`;
}

function threadCarrier(options: PoolOptions, workerData: KeptAliveWorkerData): Carrier {
  debugWorkerStarted('thread');
  const thread = new Worker(THREAD_ENTRY, { env: options.env, execArgv: options.execArgv, workerData });
  return {
    on: (event, callback) => thread.on(event, callback),
    off: (event, callback) => thread.off(event, callback),
    send: (message) => thread.postMessage(message),
    get alive() {
      return thread.threadId !== -1;
    },
    terminate: async () => {
      await thread.terminate();
    },
  };
}

function forkCarrier(options: PoolOptions, workerData: KeptAliveWorkerData): Carrier {
  debugWorkerStarted('child process');
  const child: ChildProcess = fork(FORK_ENTRY, [], {
    env: { ...options.env, MUTATE_KEPT_ALIVE_DATA: JSON.stringify(workerData) },
    execArgv: options.execArgv,
    // vitest's own forks pool does the same: structured clone over IPC, not JSON.
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let alive = true;
  // A message sent as the child dies (a hung run it was killed for) fails here, not as an uncaught error.
  child.on('error', () => {});
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    alive = false;
  });
  return {
    on: (event, callback) => void child.on(event, callback),
    off: (event, callback) => void child.off(event, callback),
    send: (message) => void child.send(message as never),
    get alive() {
      return alive && child.exitCode === null && child.signalCode === null;
    },
    terminate: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
