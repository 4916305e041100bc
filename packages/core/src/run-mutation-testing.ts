import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { discoverSourceFiles, DEFAULT_MUTATE_GLOBS } from './discover.js';
import { UserError } from './errors.js';
import { generateMutants } from './generate/generate-mutants.js';
import { instrumentFile } from './instrument/instrument.js';
import { Lab, type LabWorkerData } from './lab/lab.js';
import type { Mutator } from './mutator.js';
import { planMutants, type MutantPlan, type PlanOptions } from './plan/plan.js';
import { toMutationReport, type MutantResult, type Thresholds } from './report/mutation-report.js';
import type { DryRunResult, TestRunnerModule } from './runner.js';
import type { MutantStatus, SourceFile } from './types.js';

export interface RunConfig {
  readonly root: string;
  readonly mutate?: readonly string[];
  readonly mutators: readonly Mutator[];
  /** URL of the runner module (`TestRunnerModule`), loaded here for the dry run and in every worker. */
  readonly runnerModule: string;
  readonly concurrency: number;
  readonly plan: PlanOptions;
  readonly thresholds: Thresholds;
  /** Where the mutation-testing-report-schema JSON goes. */
  readonly reportFile: string;
  readonly version: string;
  /** Aborting stops the run: workers end, the report is written with the rest Pending. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
}

export type RunEvent =
  | { readonly type: 'generated'; readonly files: number; readonly mutants: number }
  | { readonly type: 'dry-run'; readonly tests: number; readonly durationMs: number }
  | { readonly type: 'mutant'; readonly result: MutantResult; readonly done: number; readonly total: number };

export interface RunSummary {
  readonly results: readonly MutantResult[];
  readonly counts: Readonly<Record<MutantStatus, number>>;
  /** (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), in percent; undefined with nothing to score. */
  readonly score: number | undefined;
  readonly reportFile: string;
  readonly interrupted: boolean;
}

export const DEFAULT_REPORT_FILE = join('reports', 'mutation', 'mutation.json');

/**
 * The whole of a mutation run, top to bottom: discover → generate → instrument → dry run → plan →
 * test each mutant in the lab → score → report.
 */
export async function runMutationTesting(config: RunConfig): Promise<RunSummary> {
  const files = await discoverSourceFiles(config.root, config.mutate ?? DEFAULT_MUTATE_GLOBS);
  const { mutants } = generateMutants(files, config.mutators);
  config.onEvent?.({ type: 'generated', files: files.length, mutants: mutants.length });
  const served = instrumentAll(config.root, files, mutants);

  const dryRun = await runDryRun(config, served);
  config.onEvent?.({ type: 'dry-run', tests: dryRun.tests.length, durationMs: dryRun.durationMs });

  const plans = planMutants(mutants, dryRun, config.plan);
  const results = await testInLab(config, served, plans);
  const interrupted = config.signal?.aborted ?? false;

  const report = toMutationReport({ root: config.root, files, results, tests: dryRun.tests, thresholds: config.thresholds, version: config.version });
  mkdirSync(dirname(config.reportFile), { recursive: true });
  writeFileSync(config.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { results, ...scoreOf(results), reportFile: config.reportFile, interrupted };
}

function instrumentAll(root: string, files: readonly SourceFile[], mutants: Parameters<typeof instrumentFile>[1]): LabWorkerData['served'] {
  return files.map((file) => {
    const { code, map } = instrumentFile(file, mutants);
    // A plain object: it crosses into worker threads.
    return [join(root, file.path), { code, map: JSON.parse(map.toString()) as unknown }] as const;
  });
}

/** Every test once, no mutant active. Any failure stops the run, naming the tests; so does a suite with no tests. */
async function runDryRun(config: RunConfig, served: LabWorkerData['served']): Promise<DryRunResult> {
  const runnerModule = (await import(config.runnerModule)) as TestRunnerModule;
  const runner = await runnerModule.createTestRunner({ root: config.root, served: new Map(served) });
  try {
    const dryRun = await runner.dryRun();
    if (dryRun.failures.length > 0) {
      const list = dryRun.failures.map((failure) => `  ${failure.test}\n    ${failure.message.split('\n')[0]}`).join('\n');
      throw new UserError(`the tests must pass before mutants can be tested; with no mutant active these failed:\n${list}`, 'input');
    }
    if (dryRun.tests.length === 0) throw new UserError('the test run executed no tests: mutate needs a suite that runs at least one test', 'input');
    return dryRun;
  } finally {
    await runner.close();
  }
}

async function testInLab(config: RunConfig, served: LabWorkerData['served'], plans: readonly MutantPlan[]): Promise<MutantResult[]> {
  const results = new Map<number, MutantResult>();
  let done = 0;
  const record = (result: MutantResult) => {
    results.set(result.mutant.id, result);
    done += 1;
    config.onEvent?.({ type: 'mutant', result, done, total: plans.length });
  };
  for (const plan of plans) {
    if (plan.kind === 'early') record({ mutant: plan.mutant, status: plan.status, ...(plan.reason === undefined ? {} : { statusReason: plan.reason }), coveredBy: [] });
  }
  const queue = plans.filter((plan) => plan.kind === 'run');
  if (queue.length > 0 && !config.signal?.aborted) {
    const lab = new Lab({ runnerModule: config.runnerModule, root: config.root, served, concurrency: Math.max(1, Math.min(config.concurrency, queue.length)), ...(config.signal ? { signal: config.signal } : {}) });
    try {
      const worker = async () => {
        for (let plan = queue.shift(); plan && !config.signal?.aborted; plan = queue.shift()) {
          try {
            const outcome = await lab.test(plan.run);
            record({
              mutant: plan.mutant,
              status: outcome.status,
              coveredBy: plan.coveredBy,
              isStatic: plan.isStatic,
              testsCompleted: outcome.testsRun,
              durationMs: outcome.durationMs,
              ...(outcome.status === 'Killed' ? { killedBy: outcome.killedBy, statusReason: outcome.message } : {}),
              ...(outcome.status === 'RuntimeError' ? { statusReason: outcome.message } : {}),
            });
          } catch (error) {
            if (!config.signal?.aborted) throw error;
          }
        }
      };
      await Promise.all(Array.from({ length: config.concurrency }, worker));
    } finally {
      await lab.close();
    }
  }
  // Interrupted: what never ran is Pending.
  return plans.map((plan): MutantResult => results.get(plan.mutant.id) ?? { mutant: plan.mutant, status: 'Pending' }).toSorted((a, b) => a.mutant.id - b.mutant.id);
}

function scoreOf(results: readonly MutantResult[]): Pick<RunSummary, 'counts' | 'score'> {
  const counts: Record<MutantStatus, number> = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, RuntimeError: 0, CompileError: 0, Ignored: 0, Pending: 0 };
  for (const result of results) counts[result.status] += 1;
  const detected = counts.Killed + counts.Timeout;
  const scored = detected + counts.Survived + counts.NoCoverage;
  return { counts, score: scored === 0 ? undefined : (100 * detected) / scored };
}
