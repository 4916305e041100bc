// What runs in a kept-alive test worker of the vitest 3 pool (`vitest3-pool.ts`), a thread or a
// child process: each test file it is sent runs with vitest 3's own worker runtime (`dist/worker.js`),
// as vitest's pools run it in a new worker each time, and the worker keeps itself as clean as a new
// one between files (`StateKeeper`). A mutant's run of a file the worker ran before is replayed
// (`replay.ts`): vitest's task for that file again, with the mutant's switchboard options and an RPC
// answered in the worker itself, so vitest's main thread has no part in it.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { FileReport } from './file-report.js';
import { END_OF_REPORTS, REPLACE_THREAD } from './kept-alive-messages.js';
import { LocalMain } from './replay.js';
import { FAILED_FLAG, PROVIDE_KEY, type SwitchboardOptions } from './switchboard-setup.js';
import { warmedUp, warmUpOf } from './warm-up.js';
import { StateKeeper } from './worker-state.js';
import { vitest3ErrorGuard } from './unhandled-errors.js';

/** Our messages carry the mark vitest's forks RPC leaves alone (it takes them for Tinypool's). */
const OWN = '__tinypool_worker_message__';

export interface Vitest3Port {
  post(message: unknown): void;
  on(listener: (message: unknown) => void): void;
}

/** A mutant's run of one file, replayed from the last task that ran it. */
export interface Vitest3Replay {
  readonly file: string;
  readonly options: SwitchboardOptions;
}

/** vitest 3's task for a test file (its worker `run`'s context), as far as a replay changes it. */
interface RunTask {
  readonly files: readonly { readonly filepath: string }[];
  readonly providedContext?: Record<string, unknown>;
  readonly port?: unknown;
}

/**
 * What a replayed task carries in place of its channel to the main thread: vitest 3's worker asks
 * the pool's worker module for its RPC options (`getRpcOptions`), and `vitest3-base-worker.ts` hands
 * these over.
 */
export const LOCAL_RPC = '__mutateLocalRpc';

export async function serveVitest3Tasks(port: Vitest3Port, workerUrl: string): Promise<void> {
  const { run, collect } = (await import(workerUrl)) as { run(data: unknown): Promise<void>; collect(data: unknown): Promise<void> };
  const spies = await spyRegistry(workerUrl);
  const keeper = new StateKeeper();
  const globals = globalThis as Record<string, unknown>;
  /** The last task that ran each file. */
  const tasks = new Map<string, RunTask>();
  // Node makes its fetch dispatcher the first time it is needed, for good: made now, it is no test's doing.
  if (typeof Response === 'function') new Response('');
  process.on('rejectionHandled', () => {});
  vitest3ErrorGuard.replaceWith(() => port.post(REPLACE_THREAD));

  /** Runs vitest's task and checks the worker is still clean after it; the error the task ended with. */
  async function runChecked(task: () => Promise<void>): Promise<unknown> {
    spies?.takeBack();
    globals[FAILED_FLAG] = false;
    let error: unknown;
    try {
      await task();
    } catch (caught) {
      error = caught;
    }
    if (!keeper.afterRun(globals[FAILED_FLAG] === true)) port.post(REPLACE_THREAD);
    spies?.release();
    return error;
  }

  /** A mutant's run replayed: the file's report, or undefined when the worker cannot replay it (then vitest runs it). */
  async function replay({ file, options }: Vitest3Replay): Promise<FileReport | undefined> {
    const task = tasks.get(file);
    if (!task || !keeper.hasReference) return undefined;
    let toRuntime: (message: unknown) => void = () => {};
    const local = new LocalMain((message) => toRuntime(message), (message) => port.post(message));
    const rpc = { post: (message: unknown) => local.receive(message), on: (listener: (message: unknown) => void) => (toRuntime = listener), serialize: (value: unknown) => value, deserialize: (value: unknown) => value };
    const { port: _port, ...rest } = task;
    const replayed = { ...rest, files: [{ filepath: file }], invalidates: [], providedContext: { ...task.providedContext, [PROVIDE_KEY]: options }, [LOCAL_RPC]: rpc };
    const error = await runChecked(() => run(replayed));
    return error || local.missed ? undefined : local.report(file);
  }

  port.on(async (raw) => {
    const message = raw as { [OWN]?: boolean; run?: RunTask; collect?: unknown; noWarmUp?: boolean; replay?: Vitest3Replay };
    if (!message || typeof message !== 'object' || !message[OWN]) return;
    if (message.replay) {
      port.post({ [OWN]: true, done: true, report: await replay(message.replay) });
      return;
    }
    const warmUp = message.run && !message.noWarmUp && !keeper.hasReference ? warmUpOf(message.run) : undefined;
    // Tests that fail with no mutant (they pass only with the rest of their file) leave this worker
    // no longer new: the mutant runs in another one, without a warm-up.
    if (warmUp && !(await warmedUp(() => run(warmUp), keeper))) {
      port.post(REPLACE_THREAD);
      port.post({ [OWN]: true, done: true, warmUpFailed: true });
      return;
    }
    const { run: runTask } = message;
    if (runTask) for (const { filepath } of runTask.files) tasks.set(filepath, runTask);
    const error = await runChecked(() => (runTask ? run(runTask) : collect(message.collect)));
    markEndOfReports(runTask ?? message.collect);
    port.post({ [OWN]: true, done: true, error });
  });
}

/**
 * A thread's task carries its own channel for vitest's RPC, apart from the one "done" goes on, and
 * two channels keep no order between them: the reports a run sent (as events, not waited for) could
 * come after its "done", when the pool no longer listens, and a test's coverage would be lost (a
 * covered mutant called NoCoverage). This mark, the last message on the RPC channel, tells the pool
 * every report before it has come.
 */
function markEndOfReports(task: unknown): void {
  const rpcPort = (task as { port?: { postMessage?: unknown } } | undefined)?.port;
  if (typeof rpcPort?.postMessage === 'function') (rpcPort as { postMessage(message: unknown): void }).postMessage(END_OF_REPORTS);
}

/**
 * vitest 3's registry of every spy made (`vi.fn`, `vi.spyOn`), which it restores, one by one, at the
 * end of each test file. A worker that outlives its runs would keep every spy of every run in it: on
 * a suite that makes a spy in each test, restoring them grew to a tenth of each run's time. Between
 * runs the registry holds its spies weakly: those of finished runs, which nothing refers to any more,
 * go as the garbage collector takes them, as they would with a new worker; a spy something still
 * holds (one that a package loaded once per worker made) goes back in, and is restored after each
 * file as before.
 */
class SpyRegistry {
  private held: WeakRef<object>[] = [];

  constructor(private readonly registry: Set<object>) {}

  /** After a run (vitest restored every spy): the registry's spies are held weakly until the next. */
  release(): void {
    for (const spy of this.registry) this.held.push(new WeakRef(spy));
    this.registry.clear();
  }

  /** Before a run: the spies still alive go back into the registry. */
  takeBack(): void {
    for (const ref of this.held) {
      const spy = ref.deref();
      if (spy) this.registry.add(spy);
    }
    this.held = [];
  }
}

async function spyRegistry(workerUrl: string): Promise<SpyRegistry | undefined> {
  try {
    const spyModule = (await import(pathToFileURL(createRequire(workerUrl).resolve('@vitest/spy')).href)) as { mocks?: unknown };
    return spyModule.mocks instanceof Set ? new SpyRegistry(spyModule.mocks as Set<object>) : undefined;
  } catch {
    return undefined;
  }
}
