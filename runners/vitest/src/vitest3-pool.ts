import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { FileReport } from './file-report.js';
import { debugWorkerStarted, isEndOfReports, isReplaceRequest } from './kept-alive-messages.js';
import type { KeptAliveKind, KeptAlivePool } from './kept-alive-pool.js';
import type { ReplayRequest } from './replay.js';
import type { Vitest3Replay } from './vitest3-runtime.js';

const THREAD_ENTRY = new URL('./vitest3-worker.js', import.meta.url);
const FORK_ENTRY = new URL('./vitest3-fork.js', import.meta.url);
const BASE_WORKER = new URL('./vitest3-base-worker.js', import.meta.url);
/** As the vitest 4 pool: replaced now and then; after every run with MUTATE_FRESH_THREADS=1 (to check a verdict). */
const RUNS_PER_WORKER = process.env['MUTATE_FRESH_THREADS'] === '1' ? 1 : 250;

/** vitest 3's objects, as far as this pool uses them (vitest 3 is not the version mutate builds against). */
interface Vitest3 {
  readonly distPath: string;
  readonly state: { clearFiles(project: Project3, paths: string[]): void };
  onCancel(listener: (reason: unknown) => void): void;
}
interface Project3 {
  readonly name: string;
  readonly config: { root: string; environment?: string; environmentOptions?: Record<string, unknown> };
  readonly serializedConfig?: Record<string, unknown>;
  getSerializableConfig(): Record<string, unknown>;
  getProvidedContext(): unknown;
}
interface Spec3 {
  readonly project: Project3;
  readonly moduleId: string;
  readonly testLines?: number[];
}

/** What vitest 3 calls a pool (`ProcessPool`): it runs the given test files; and mutate's replays. */
export interface Vitest3Pool extends KeptAlivePool {
  runTests(specs: Spec3[], invalidates?: string[]): Promise<void>;
  collectTests(specs: Spec3[], invalidates?: string[]): Promise<void>;
  close(): Promise<void>;
}

/** The main thread's answers to a test thread (vitest's `createMethodsRPC`), called over a MessagePort. */
type Methods = Record<string, (...args: unknown[]) => unknown>;

/**
 * A vitest 3 pool whose worker thread outlives a run. vitest 3 has no pool API to park a worker:
 * its own pools start a new one for every run (~100-150 ms each). This one speaks vitest 3's
 * worker protocol itself: each test file goes to a kept-alive thread as vitest's own threads pool
 * would send it (`dist/worker.js`'s `run`), with an RPC port answered by vitest's own methods
 * (`createMethodsRPC`). Between runs the thread puts back what tests changed, as the vitest 4
 * kept-alive pool does; a file that is not tested in the node environment gets a new thread.
 */
export function vitest3Pool(
  vitest: Vitest3,
  kind: KeptAliveKind,
  createMethodsRPC: (project: Project3, options: { collect: boolean; cacheFs?: boolean }) => Methods,
  env: Record<string, string | undefined>,
): Vitest3Pool {
  // By project: a worker's clean state is the project's it ran (`workerKey` in kept-alive-pool.ts).
  const parked = new Map<string, Carrier3>();
  let running: Carrier3 | undefined;
  const workerUrl = pathToFileURL(join(vitest.distPath, 'worker.js')).href;
  let workerId = 0;
  // The run being cancelled (a hung mutant) hears of it over its RPC channel, as in vitest's own pools.
  let cancel: ((reason: unknown) => void) | undefined;
  vitest.onCancel((reason) => cancel?.(reason));

  async function runFile(spec: Spec3, invalidates: string[], collect: boolean, noWarmUp = false): Promise<void> {
    const { project, moduleId } = spec;
    vitest.state.clearFiles(project, [moduleId]);
    const environment = await environmentOf(project, moduleId);
    const carrier = takeParked(project.name) ?? (kind === 'forks' ? forkCarrier(env, workerUrl) : threadCarrier(env, workerUrl));
    running = carrier;
    workerId += 1;
    const serialized = project.serializedConfig ?? project.getSerializableConfig();
    // Told it is one of vitest's own pools, the worker gives each test file fresh modules (its isolation).
    const config = { ...serialized, pool: kind };
    const data = {
      pool: kind,
      // vitest's own worker for the pool, wrapped (`vitest3-base-worker.ts`).
      worker: `${BASE_WORKER.href}?base=${encodeURIComponent(pathToFileURL(join(vitest.distPath, `workers/${kind}.js`)).href)}`,
      config: kind === 'forks' ? wrapForV8(config) : config,
      files: [{ filepath: moduleId, testLocations: spec.testLines }],
      invalidates,
      environment,
      workerId,
      projectName: project.name,
      providedContext: project.getProvidedContext(),
    };
    let replace = environment.name !== 'node';
    let warmUpFailed = false;
    try {
      const outcome = await carrier.run(collect ? 'collect' : 'run', data, createMethodsRPC(project, { collect, ...(kind === 'forks' ? { cacheFs: true } : {}) }), (send) => (cancel = send), noWarmUp);
      warmUpFailed = outcome.warmUpFailed;
      if (!collect && !warmUpFailed) carrier.files.add(moduleId);
    } finally {
      cancel = undefined;
      await park(project.name, carrier, replace);
    }
    // The worker it went to could not warm up (and was replaced): a new one runs it, as it is.
    if (warmUpFailed) await runFile(spec, invalidates, collect, true);
  }

  /** After a run: parked for the next, or ended if it ended already (a hung run), drifted past repair, ran another environment or grew old. */
  async function park(project: string, carrier: Carrier3, replace: boolean): Promise<void> {
    running = undefined;
    carrier.runs += 1;
    // A worker's request to be replaced comes before its "done", on the same channel: it is known by now.
    if (!carrier.alive || replace || carrier.replaceRequested || carrier.runs >= RUNS_PER_WORKER) await carrier.terminate();
    else parked.set(project, carrier);
  }

  /** The project's parked worker, unless it asked to be replaced while parked (an unhandled error from an earlier run's code): that one is ended. */
  function takeParked(project: string): Carrier3 | undefined {
    const carrier = parked.get(project);
    parked.delete(project);
    if (!carrier?.replaceRequested) return carrier;
    void carrier.terminate();
    return undefined;
  }

  /** A mutant's run of a file replayed by the project's parked worker, if it ran that file before (`vitest3-runtime.ts`). */
  async function replay(project: string, request: Omit<ReplayRequest, '__mutateReplay'>, timeoutMs: number): Promise<FileReport | 'hung' | undefined> {
    // Selected by id is vitest 4.1's: vitest 3's files are run with the switchboard choosing the tests.
    if (!parked.get(project)?.files.has(request.file) || request.testIds) return undefined;
    const carrier = takeParked(project);
    if (!carrier) return undefined;
    running = carrier;
    let timer: NodeJS.Timeout | undefined;
    const hung = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), Math.max(timeoutMs, 0))));
    // A worker that dies in a replay (a native crash) leaves the file to a run through vitest, which reports it as vitest does.
    const outcome = await Promise.race([carrier.replay({ file: request.file, options: request.options }).catch(() => undefined), hung]);
    clearTimeout(timer);
    if (outcome === 'hung') {
      running = undefined;
      await carrier.terminate();
      return 'hung';
    }
    await park(project, carrier, outcome === undefined);
    return outcome?.report;
  }

  const runAll = (collect: boolean) => async (specs: Spec3[], invalidates: string[] = []) => {
    for (const spec of specs) await runFile(spec, invalidates, collect);
  };

  return {
    name: `mutate-kept-alive-vitest3-${kind}`,
    runTests: runAll(false),
    replay,
    collectTests: runAll(true),
    async close() {
      await this.dispose();
    },
    async dispose() {
      const all = [...parked.values()];
      parked.clear();
      await Promise.all(all.map((carrier) => carrier.terminate()));
    },
    async terminateRunning() {
      await running?.terminate();
    },
    // vitest 4's pool API (never called by vitest 3).
    createPoolWorker: () => {
      throw new Error('mutate: the vitest 3 pool has no vitest 4 workers');
    },
  } as Vitest3Pool;
}

/** A kept-alive thread or child process, and how one test file runs in it. */
export interface Carrier3 {
  runs: number;
  readonly alive: boolean;
  /** It asked to be replaced, at any time (`unhandled-errors.ts`: also while parked). */
  readonly replaceRequested: boolean;
  /** The test files it ran: it can replay a mutant's run of them. */
  readonly files: Set<string>;
  /**
   * Sends vitest's task (`run` or `collect`) and answers the worker's RPC calls with `methods` until
   * it is done; `onCancel` receives the function that tells the worker its run is cancelled.
   */
  run(method: 'run' | 'collect', data: Record<string, unknown>, methods: Methods, onCancel: (send: (reason: unknown) => void) => void, noWarmUp?: boolean): Promise<RunOutcome>;
  /** Replays a mutant's run of a file it ran before: the outcome holds the file's report if it could. */
  replay(request: Vitest3Replay): Promise<RunOutcome>;
  terminate(): Promise<void>;
}

/** Our own messages to and from a worker carry this mark: vitest's forks RPC ignores such messages (they are Tinypool's). */
const OWN = '__tinypool_worker_message__';

interface Done {
  readonly [OWN]: true;
  readonly done: true;
  readonly error?: unknown;
  /** The new worker's warm-up (`warm-up.ts`) failed, and the task did not run. */
  readonly warmUpFailed?: boolean;
  /** A replay's report of the file; absent when the worker could not replay it. */
  readonly report?: FileReport;
}

interface RunOutcome {
  readonly warmUpFailed: boolean;
  readonly report?: FileReport;
}

/** A kept-alive test thread; `entry` is `vitest3-worker.ts` but in tests of the channel. */
export function threadCarrier(env: Record<string, string | undefined>, workerUrl: string, entry: URL = THREAD_ENTRY): Carrier3 {
  debugWorkerStarted('vitest 3 thread');
  const thread = new Worker(entry, { env, workerData: { workerUrl } });
  const replaceRequested = listenForReplaceRequest(thread);
  return {
    runs: 0,
    files: new Set(),
    get replaceRequested() {
      return replaceRequested();
    },
    get alive() {
      return thread.threadId !== -1;
    },
    run(method, data, methods, onCancel, noWarmUp) {
      const { port1: port, port2: workerPort } = new MessageChannel();
      answer((listener) => port.on('message', listener), (message) => port.postMessage(message), methods);
      onCancel((reason) => port.postMessage({ t: 'q', m: 'onCancel', a: [reason] }));
      // "done" comes on the thread's channel, the run's reports on this one: no order between them.
      const reportsEnded = new Promise<void>((resolve) => port.on('message', (message: unknown) => isEndOfReports(message) && resolve()));
      thread.postMessage({ [OWN]: true, [method]: { ...data, port: workerPort }, noWarmUp }, [workerPort]);
      return untilDone(thread, () => {}).then(
        // A worker that could not warm up ran nothing, and sent no mark.
        async (outcome) => {
          if (!outcome.warmUpFailed) await untilEndedOrExit(reportsEnded, thread);
          port.close();
          return outcome;
        },
        (error: unknown) => {
          port.close();
          throw error;
        },
      );
    },
    replay(request) {
      thread.postMessage({ [OWN]: true, replay: request });
      return untilDone(thread, () => {});
    },
    terminate: async () => {
      await thread.terminate();
    },
  };
}

function forkCarrier(env: Record<string, string | undefined>, workerUrl: string): Carrier3 {
  debugWorkerStarted('vitest 3 child process');
  const child = fork(FORK_ENTRY, [], { env: { ...env, MUTATE_VITEST3_WORKER: workerUrl }, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exited = false;
  // A message sent as the child dies (a hung run it was killed for) fails here, not as an uncaught error.
  child.on('error', () => {});
  const exit = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exit.then(() => (exited = true));
  const post = (message: unknown) => child.connected && child.send(message as never);
  const replaceRequested = listenForReplaceRequest(child);
  return {
    runs: 0,
    files: new Set(),
    get replaceRequested() {
      return replaceRequested();
    },
    get alive() {
      return !exited;
    },
    run(method, data, methods, onCancel, noWarmUp) {
      // vitest's forks RPC speaks v8-serialized buffers over the process channel.
      const listen = (listener: (message: unknown) => void) => {
        const onMessage = (message: unknown) => {
          // Ours (marked), or the request to be replaced: not vitest's RPC, which is a serialized buffer.
          if (!(message instanceof Uint8Array)) return;
          listener(v8.deserialize(Buffer.from(message)));
        };
        child.on('message', onMessage);
        stop = () => child.off('message', onMessage);
      };
      let stop = () => {};
      answer(listen, (message) => post(v8.serialize(message)), methods);
      onCancel((reason) => post(v8.serialize({ t: 'q', m: 'onCancel', a: [reason] })));
      post({ [OWN]: true, [method]: data, noWarmUp });
      return untilDone(child, () => stop());
    },
    replay(request) {
      post({ [OWN]: true, replay: request });
      return untilDone(child, () => {});
    },
    terminate: async () => {
      if (exited) return;
      child.kill('SIGKILL');
      await exit;
    },
  };
}

/** Whether the worker has asked to be replaced, at any time since it started. */
function listenForReplaceRequest(worker: Worker | ChildProcess): () => boolean {
  let requested = false;
  worker.on('message', (message: unknown) => {
    if (isReplaceRequest(message)) requested = true;
  });
  return () => requested;
}

/** Waits for `ended`, or for the thread to end first. */
async function untilEndedOrExit(ended: Promise<void>, thread: Worker): Promise<void> {
  if (thread.threadId === -1) return;
  let onExit = () => {};
  const exited = new Promise<void>((resolve) => (onExit = resolve));
  thread.once('exit', onExit);
  await Promise.race([ended, exited]);
  thread.off('exit', onExit);
}

/** Waits for the worker's "done"; rejects if it ends first. */
function untilDone(worker: Worker | ChildProcess, cleanUp: () => void): Promise<RunOutcome> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: unknown) => {
      if (message && typeof message === 'object' && (message as Partial<Done>).done) {
        const done = message as Done;
        settle(() => (done.error ? reject(done.error) : resolve({ warmUpFailed: done.warmUpFailed === true, ...(done.report ? { report: done.report } : {}) })));
      }
    };
    const onExit = () => settle(() => reject(new Error('mutate: the vitest 3 test worker ended while it ran tests')));
    const settle = (then: () => void) => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      cleanUp();
      then();
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
  });
}

/** vitest 3's forks pool sends its config this way: v8 serialization keeps no RegExp and no undefined values. */
function wrapForV8(config: Record<string, unknown>): Record<string, unknown> {
  const { testNamePattern, defines } = config as { testNamePattern?: unknown; defines?: Record<string, unknown> };
  return {
    ...config,
    ...(testNamePattern && typeof testNamePattern !== 'string' ? { testNamePattern: `$$vitest:${String(testNamePattern)}` } : {}),
    ...(defines ? { defines: { keys: Object.keys(defines), original: defines } } : {}),
  };
}

/**
 * Answers the test thread's calls with vitest's methods, in the wire format of the birpc that vitest
 * 3 bundles: a request `{ t: 'q', m, a, i }` (no `i`: an event), a response `{ t: 's', i, r, e }`.
 */
function answer(listen: (listener: (message: unknown) => void) => void, post: (message: unknown) => void, methods: Methods): void {
  listen(async (raw) => {
    const message = raw as { t?: string; m?: string; a?: unknown[]; i?: string };
    if (message.t !== 'q' || !message.m) return;
    let result: unknown;
    let error: unknown;
    try {
      const method = methods[message.m];
      if (!method) throw new Error(`[birpc] function "${message.m}" not found`);
      result = await method(...(message.a ?? []));
    } catch (caught) {
      error = caught;
    }
    if (message.i) post({ t: 's', i: message.i, r: result, e: error });
  });
}

/** The test environment of a file as vitest 3 decides it: a `@vitest-environment` comment, else the project's. */
async function environmentOf(project: Project3, file: string): Promise<{ name: string; options: Record<string, unknown> | null }> {
  const code = await readFile(file, 'utf8');
  const name = /@(?:vitest|jest)-environment\s+([\w-]+)\b/.exec(code)?.[1] ?? project.config.environment ?? 'node';
  let optionsJson = /@(?:vitest|jest)-environment-options\s+(.+)/.exec(code)?.[1];
  if (optionsJson?.endsWith('*/')) optionsJson = optionsJson.slice(0, -2);
  const options = JSON.parse(optionsJson || 'null') as unknown;
  return { name, options: options ? { [name === 'happy-dom' ? 'happyDOM' : name]: options } : null };
}
