import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { MutateBug, UserError } from '../errors.js';
import type { CompileProblem, DryRunResult, InstrumentedCode, MutantRun, MutantRunOutcome, TestFiles } from '../runner.js';
import { probesDirOf } from '../explain/probe-runtime.js';
import { removeScratchDir } from '../scratch-dir.js';
import { SERVED_REQUEST } from './served-request.js';
import { joinDryRuns, splitTestFiles } from './split-dry-run.js';

export type LabTask =
  | { readonly kind: 'test-files' }
  /** Resolves once the worker's runner is started and served: an added worker warms up before it takes mutants. */
  | { readonly kind: 'warm' }
  | { readonly kind: 'dry-run'; readonly testFiles?: readonly string[] }
  | { readonly kind: 'mutant'; readonly run: MutantRun }
  | { readonly kind: 'compile'; readonly files: readonly InstrumentedCode[] };
export type LabTaskResult =
  | { readonly value: unknown }
  | { readonly userError: { readonly message: string; readonly kind: string } }
  | { readonly bug: string };

/** Instrumented files by absolute path, as plain data (structured-clonable). */
export type LabServed = readonly [string, { readonly code: string; readonly map?: unknown }][];

/** What every lab worker gets once. */
export interface LabWorkerData {
  /** URL of a module implementing `TestRunnerModule`. */
  readonly runnerModule: string;
  readonly root: string;
  /** The runner's own settings (`TestRunnerOptions.settings`). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The BroadcastChannel on which a worker asks for the instrumented files (`SERVED_REQUEST`) and gets them. */
  readonly servedChannel: string;
  /** `TestRunnerOptions.scratchDir`: the lab's, shared by its workers. */
  readonly scratchDir: string;
}

export interface LabOptions {
  readonly runnerModule: string;
  readonly root: string;
  readonly runnerSettings?: Readonly<Record<string, unknown>>;
  readonly concurrency: number;
  readonly signal?: AbortSignal;
}

/**
 * At most this many times the concurrency in extra workers: each is a warm test runner (memory),
 * and the more mutants wait at once, the more a late timer can change what a test sees.
 */
const MAX_EXTRA_WORKERS_PER_CORE = 2;
/**
 * An extra worker costs the start of a test runner, about 1-2 CPU-seconds: it is worth starting
 * for about this much waiting per core that it takes off the others.
 */
const WAIT_PER_EXTRA_WORKER_MS = 5_000;

/**
 * How many workers to start beside the `concurrency` ones for mutants whose tests wait this long
 * in all (their threads idle on real timers or I/O) while the cores would have nothing to do.
 * `MUTATE_OVERLAP=0` starts none, to check that running mutants beside each other changes no verdict.
 */
export function extraWorkersFor(waitingMs: number, concurrency: number): number {
  if (process.env['MUTATE_OVERLAP'] === '0') return 0;
  return Math.min(MAX_EXTRA_WORKERS_PER_CORE * concurrency, Math.floor(waitingMs / concurrency / WAIT_PER_EXTRA_WORKER_MS));
}

/** A promise and the function that resolves it. */
function deferred(): { readonly promise: Promise<void>; readonly resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

export type LabOutcome = MutantRunOutcome & { readonly durationMs: number };

/**
 * The pool of test workers (piscina): N threads, each with one runner kept warm across the dry run
 * and many mutants (all of them start their runner at once). A worker that dies (a crash, out of
 * memory) is replaced by piscina; its mutant is tried once more, then reported as a RuntimeError.
 * For mutants whose tests mostly wait, `addWorkers` starts more threads, one after another, each
 * in a pool of its own: `test` takes up to `slots` mutants at once, past N in those.
 */
export class Lab {
  private readonly pool: Piscina;
  private inMainPool = 0;
  /** Added workers (closed with the lab): each takes mutants once warm, one at a time. */
  private readonly added: { readonly pool: Piscina; warm: boolean; busy: boolean }[] = [];
  private closed = false;
  private workerAdded = deferred();
  private readonly servedChannel = new BroadcastChannel(`mutate-lab-${randomUUID()}`);
  private served: LabServed | undefined;
  /** Outside the project; removed when the lab closes, or as the process exits should it not. */
  private readonly scratchDir = mkdtempSync(join(tmpdir(), 'mutate-lab-'));
  private readonly removeScratchDir = () => removeScratchDir(this.scratchDir);
  /** Where the explanation probes write, in every worker and process (`explain/probe-runtime.ts`). */
  readonly probesDir = probesDirOf(this.scratchDir);

  /**
   * Starts the workers at once: each loads its test runner (and, through `prepare`, the project's
   * test framework) while the caller is still making the instrumented files, then waits for `serve`.
   */
  constructor(private readonly options: LabOptions) {
    // A worker asks when it starts (a replacement worker too); one that asks before `serve` gets
    // the files from the broadcast in `serve`.
    this.servedChannel.onmessage = (event) => {
      if ((event as MessageEvent).data === SERVED_REQUEST && this.served) this.servedChannel.postMessage(this.served);
    };
    this.servedChannel.unref();
    process.once('exit', this.removeScratchDir);
    mkdirSync(this.probesDir);
    this.pool = this.startPool(this.mainThreads);
  }

  /** A pool of `threads` workers, all started at once. */
  private startPool(threads: number): Piscina {
    return new Piscina({
      filename: new URL('./lab-worker.js', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: 1,
      // Not piscina's default: a worker waiting for a task with Atomics.wait blocks its event loop, so
      // the runner's start-up (loading vitest, creating it) would stall until the first task came,
      // instead of happening while the mutants are made. Dry run 0.9 s → 0.75 s on examples/pricing.
      atomics: 'disabled',
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { runnerModule: this.options.runnerModule, root: this.options.root, settings: this.options.runnerSettings, servedChannel: this.servedChannel.name, scratchDir: this.scratchDir } satisfies LabWorkerData,
    });
  }

  /** The most mutants `test` runs at once: a worker each. */
  get slots(): number {
    return this.mainThreads + this.added.filter((worker) => worker.warm).length;
  }

  private get mainThreads(): number {
    return Math.max(1, this.options.concurrency);
  }

  /**
   * Starts `count` more workers for mutants beyond the concurrency, one after another: each counts
   * in `slots` once its runner is warm, and one warms at a time, so that the start of several test
   * runners at once does not take the cores from the mutants running meanwhile (their timers late).
   */
  async addWorkers(count: number): Promise<void> {
    for (let added = 0; added < count && !this.closed && !this.options.signal?.aborted; added++) {
      const worker = { pool: this.startPool(1), warm: false, busy: false };
      this.added.push(worker);
      await this.runTask({ kind: 'warm' }, worker.pool);
      worker.warm = true;
      this.workerAdded.resolve();
      this.workerAdded = deferred();
    }
  }

  /** Resolves when the next added worker is warm (`slots` grew). */
  slotsGrow(): Promise<void> {
    return this.workerAdded.promise;
  }

  /** Hands every worker the instrumented files; their runners start on them. */
  serve(served: LabServed): void {
    this.served = served;
    this.servedChannel.postMessage(served);
  }

  /** The files the runner runs as tests (absolute paths), asked of a worker before anything is served. */
  async testFiles(): Promise<TestFiles> {
    return (await this.runTask({ kind: 'test-files' })) as TestFiles;
  }

  /**
   * Every test once, no mutant active, the test files shared among the workers (whose runners stay
   * warm for mutants), each file in one of them, by weight (`weightOf`: `testFileWeights`).
   */
  async dryRun(testFiles: readonly string[], weightOf: (file: string) => number): Promise<DryRunResult> {
    const parts = process.env['MUTATE_SPLIT_DRY_RUN'] === '0' ? [] : splitTestFiles(testFiles, this.mainThreads, weightOf);
    if (parts.length < 2) return (await this.runTask({ kind: 'dry-run' })) as DryRunResult;
    return joinDryRuns((await Promise.all(parts.map((files) => this.runTask({ kind: 'dry-run', testFiles: files })))) as DryRunResult[]);
  }

  /**
   * Compiles instrumented files the way the runner will, in a worker (whose runner module has the
   * project's compiler loaded), before they are served. A runner without a check finds no problem.
   */
  async compile(files: readonly InstrumentedCode[]): Promise<readonly CompileProblem[]> {
    return (await this.runTask({ kind: 'compile', files })) as CompileProblem[];
  }

  private async runTask(task: LabTask, pool = this.pool): Promise<unknown> {
    const result = (await pool.run(task, { signal: this.options.signal ?? null })) as LabTaskResult;
    if ('userError' in result) throw new UserError(result.userError.message, result.userError.kind as UserError['kind']);
    if ('bug' in result) throw new MutateBug(result.bug);
    return result.value;
  }

  async test(run: MutantRun): Promise<LabOutcome> {
    const started = performance.now();
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.options.signal?.aborted) throw this.options.signal.reason;
      try {
        const outcome = (await this.inSomePool((pool) => this.runTask({ kind: 'mutant', run }, pool))) as MutantRunOutcome;
        return { ...outcome, durationMs: performance.now() - started };
      } catch (error) {
        if (this.options.signal?.aborted) throw this.options.signal.reason;
        if (error instanceof UserError || error instanceof MutateBug) throw error;
        lastError = error;
      }
    }
    return { status: 'RuntimeError', message: String((lastError as Error)?.message ?? lastError), testsRun: 0, durationMs: performance.now() - started };
  }

  /** The main pool while it has a free thread, else a free added worker. */
  private async inSomePool<T>(work: (pool: Piscina) => Promise<T>): Promise<T> {
    const added = this.inMainPool >= this.mainThreads ? this.added.find((worker) => worker.warm && !worker.busy) : undefined;
    if (added) added.busy = true;
    else this.inMainPool += 1;
    try {
      return await work(added?.pool ?? this.pool);
    } finally {
      if (added) added.busy = false;
      else this.inMainPool -= 1;
    }
  }

  async close(): Promise<void> {
    this.servedChannel.close();
    this.closed = true;
    await Promise.all([this.pool, ...this.added.map((worker) => worker.pool)].map((pool) => pool.destroy()));
    process.off('exit', this.removeScratchDir);
    this.removeScratchDir();
  }
}
