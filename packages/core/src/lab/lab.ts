import { Piscina } from 'piscina';
import { UserError } from '../errors.js';
import type { DryRunResult, MutantRun, MutantRunOutcome } from '../runner.js';

export type LabTask = { readonly kind: 'dry-run' } | { readonly kind: 'mutant'; readonly run: MutantRun };
export type LabTaskResult = { readonly value: unknown } | { readonly userError: { readonly message: string; readonly kind: string } };

/** What every lab worker gets once: enough to start its own runner on the instrumented code. */
export interface LabWorkerData {
  /** URL of a module implementing `TestRunnerModule`. */
  readonly runnerModule: string;
  readonly root: string;
  /** Instrumented files by absolute path, as plain data (structured-clonable). */
  readonly served: readonly [string, { readonly code: string; readonly map?: unknown }][];
}

export interface LabOptions extends LabWorkerData {
  readonly concurrency: number;
  readonly signal?: AbortSignal;
}

export type LabOutcome = MutantRunOutcome & { readonly durationMs: number };

/**
 * The pool of test workers (piscina): N threads, each with one runner kept warm across the dry run
 * and many mutants (all of them start their runner at once). A worker that dies (a crash, out of
 * memory) is replaced by piscina; its mutant is tried once more, then reported as a RuntimeError.
 */
export class Lab {
  private readonly pool: Piscina;

  constructor(private readonly options: LabOptions) {
    this.pool = new Piscina({
      filename: new URL('./lab-worker.js', import.meta.url).href,
      minThreads: options.concurrency,
      maxThreads: options.concurrency,
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: { runnerModule: options.runnerModule, root: options.root, served: options.served } satisfies LabWorkerData,
    });
  }

  /** Every test once, no mutant active, in one of the workers (whose runner stays warm for mutants). */
  async dryRun(): Promise<DryRunResult> {
    return (await this.runTask({ kind: 'dry-run' })) as DryRunResult;
  }

  private async runTask(task: LabTask): Promise<unknown> {
    const result = (await this.pool.run(task, { signal: this.options.signal ?? null })) as LabTaskResult;
    if ('userError' in result) throw new UserError(result.userError.message, result.userError.kind as UserError['kind']);
    return result.value;
  }

  async test(run: MutantRun): Promise<LabOutcome> {
    const started = performance.now();
    let lastError: unknown;
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.options.signal?.aborted) throw this.options.signal.reason;
      try {
        const outcome = (await this.runTask({ kind: 'mutant', run })) as MutantRunOutcome;
        return { ...outcome, durationMs: performance.now() - started };
      } catch (error) {
        if (this.options.signal?.aborted) throw this.options.signal.reason;
        if (error instanceof UserError) throw error;
        lastError = error;
      }
    }
    return { status: 'RuntimeError', message: String((lastError as Error)?.message ?? lastError), testsRun: 0, durationMs: performance.now() - started };
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
