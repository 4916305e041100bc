// Runs inside a kept-alive test worker (vitest 4 and 5). A vitest run of one test file costs ~4 ms
// however few tests it selects, and more than half of it is vitest's main thread: specifications,
// state, reporters, and the start / run / stop exchange with the worker, each message a wake-up of
// another process or thread. A mutant's run of a file this worker ran before needs none of it: the
// worker replays vitest's own start, run and stop messages, as vitest last sent them for that file,
// with the mutant's tests and switchboard options, to its own vitest runtime, and answers that
// runtime's calls itself: reads of served code from its cache (`session-rpc.ts`), reports into a
// report of the file (`file-report.ts`). The tests run exactly as in a run from vitest's main thread;
// only what travels to it changes. Whatever the worker cannot answer (code it never fetched) makes
// the replay unavailable: the session then runs the file through vitest's main thread.
import { reportOfTasks, type FileReport, type ReportedError, type RunnerTask, type TaskUpdate } from './file-report.js';
import { isReplaceRequest } from './kept-alive-messages.js';
import { PROVIDE_KEY, type SwitchboardOptions } from './switchboard-setup.js';

/** What the session asks of a worker: one file's tests under the switchboard's options. */
export interface ReplayRequest {
  readonly __mutateReplay: number;
  readonly file: string;
  /** Selected by id (vitest 4.1+); absent, the file's tests are chosen by `options.onlyTests`. */
  readonly testIds?: readonly string[];
  readonly options: SwitchboardOptions;
}

/** The worker's answer: the file's report, or `undefined` when it could not replay the run. */
export interface ReplayResult {
  readonly __mutateReplayed: number;
  readonly report: FileReport | undefined;
}

export function isReplayRequest(message: unknown): message is ReplayRequest {
  return typeof (message as Partial<ReplayRequest> | null)?.__mutateReplay === 'number';
}

export function isReplayResult(message: unknown): message is ReplayResult {
  return typeof (message as Partial<ReplayResult> | null)?.__mutateReplayed === 'number';
}

/** vitest's messages from the pool to its worker runtime (`vitest/worker`'s `init`). */
interface WorkerRequest {
  readonly __vitest_worker_request__: true;
  readonly type: 'start' | 'run' | 'collect' | 'stop';
  readonly context?: { readonly files: readonly Record<string, unknown>[]; readonly providedContext?: Record<string, unknown> } & Record<string, unknown>;
}

/** A birpc call from the worker runtime to vitest's main thread. */
interface RpcCall {
  readonly t: 'q';
  readonly m: string;
  readonly a: readonly unknown[];
  readonly i?: string;
}

/** The worker's side of a replay: remembers vitest's messages, replays them on request. */
export class Replayer {
  private start: WorkerRequest | undefined;
  /** The last `run` message for each file, with that file alone. */
  private readonly runs = new Map<string, WorkerRequest>();
  private local: LocalMain | undefined;

  /**
   * @param handle vitest's own handler of the pool's messages.
   * @param post sends to the pool.
   * @param answer hands an RPC answer to the runtime's listeners.
   */
  constructor(
    private readonly handle: (message: unknown) => unknown,
    private readonly post: (message: unknown) => void,
    private readonly answer: (message: unknown) => void,
  ) {}

  /** A message from the pool: vitest's are remembered (then handled by vitest), a replay request is served. */
  fromPool(message: unknown): void {
    if (isReplayRequest(message)) {
      void this.replay(message).then((report) => this.post({ __mutateReplayed: message.__mutateReplay, report } satisfies ReplayResult));
      return;
    }
    const request = message as Partial<WorkerRequest> | null;
    if (request?.__vitest_worker_request__ === true && request.type === 'start') this.start = request as WorkerRequest;
    if (request?.__vitest_worker_request__ === true && request.type === 'run' && request.context) {
      for (const file of request.context.files) this.runs.set(String(file['filepath']), { ...request, context: { ...request.context, files: [file] } } as WorkerRequest);
    }
    this.handle(message);
  }

  /** A message the runtime posts: during a replay it goes to the local main thread. False: send it to the pool. */
  takes(message: unknown): boolean {
    if (!this.local) return false;
    this.local.receive(message);
    return true;
  }

  private async replay({ file, testIds, options }: ReplayRequest): Promise<FileReport | undefined> {
    const run = this.runs.get(file);
    if (!this.start || !run || this.local) return undefined;
    const [entry] = run.context!.files;
    const { testIds: _ids, testLocations: _locations, testNamePattern: _pattern, ...plainEntry } = entry!;
    const files = [testIds ? { ...plainEntry, testIds: [...testIds] } : plainEntry];
    const providedContext = { ...run.context!.providedContext, [PROVIDE_KEY]: options };
    const local = (this.local = new LocalMain(this.answer, this.post));
    try {
      const started = local.next('started');
      this.handle(this.start);
      const startError = (await started)['error'];
      let runError: unknown;
      if (!startError) {
        const finished = local.next('testfileFinished');
        this.handle({ ...run, context: { ...run.context, files, providedContext, invalidates: [] } });
        runError = (await finished)['error'];
      }
      // Stopped even when the start failed, as vitest's main thread does: the run's RPC listeners go with it.
      const stopped = local.next('stopped');
      this.handle({ __vitest_worker_request__: true, type: 'stop' });
      await stopped;
      return startError || runError || local.missed ? undefined : local.report(file);
    } finally {
      this.local = undefined;
    }
  }
}

/**
 * vitest's main thread, as far as a replayed run needs one: it answers the runtime's RPC calls (birpc's
 * `{ t: 'q', m, a, i }`, the same from vitest 3 to 5) and keeps what they report.
 */
export class LocalMain {
  /** The runtime asked for something only the main thread has (code it never fetched). */
  missed = false;
  private readonly files = new Map<string, RunnerTask>();
  private readonly updates = new Map<string, TaskUpdate>();
  private readonly unhandledErrors: ReportedError[] = [];
  private readonly waiting = new Map<string, (response: Record<string, unknown>) => void>();

  /**
   * @param answer hands an RPC answer to the runtime.
   * @param post sends to the pool what is not for vitest's main thread (the worker's request to be replaced).
   */
  constructor(
    private readonly answer: (message: unknown) => void,
    private readonly post: (message: unknown) => void,
  ) {}

  /** The runtime's next response of this type (`started`, `testfileFinished`, `stopped`). */
  next(type: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => this.waiting.set(type, resolve));
  }

  receive(message: unknown): void {
    const response = message as Record<string, unknown> | null;
    if (response?.['__vitest_worker_response__']) {
      const waiter = this.waiting.get(String(response['type']));
      this.waiting.delete(String(response['type']));
      waiter?.(response);
      return;
    }
    // Not vitest's: the worker's own request to be replaced goes to the pool.
    if (isReplaceRequest(message)) return this.post(message);
    const call = message as Partial<RpcCall> | null;
    if (call?.t !== 'q' || typeof call.m !== 'string') return;
    const { value, error } = this.call(call as RpcCall);
    if (call.i) this.answer(error ? { t: 's', i: call.i, e: error } : { t: 's', i: call.i, r: value });
  }

  report(file: string): FileReport | undefined {
    const task = this.files.get(file);
    return task && reportOfTasks(task, this.updates, this.unhandledErrors);
  }

  private call({ m: method, a: args }: RpcCall): { value?: unknown; error?: Error } {
    switch (method) {
      case 'onCollected':
        for (const file of args[0] as RunnerTask[]) this.files.set(file.filepath ?? file.id, file);
        return {};
      case 'onTaskUpdate':
        for (const [id, result, meta] of args[0] as [string, TaskUpdate[0], TaskUpdate[1]][]) this.updates.set(id, [result, meta]);
        return {};
      case 'onUnhandledError':
        // With its kind ("Unhandled Rejection"), as vitest's main thread keeps it.
        this.unhandledErrors.push({ ...(args[0] as ReportedError), type: String(args[1]) } as ReportedError);
        return {};
      case 'onQueued':
      case 'onAfterSuiteRun':
      case 'onUserConsoleLog':
      case 'onAsyncLeaks':
      case 'snapshotSaved':
        return {};
      // An artifact or annotation is recorded as given.
      case 'onTaskArtifactRecord':
      case 'onTaskAnnotate':
        return { value: args[1] };
      case 'getCountOfFailedTests':
        return { value: 0 };
      default:
        this.missed = true;
        return { error: new Error(`mutate: a replayed run cannot answer ${method}`) };
    }
  }
}
