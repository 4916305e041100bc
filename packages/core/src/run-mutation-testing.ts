import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { DEFAULT_MUTATE_GLOBS } from './discover.js';
import { UserError } from './errors.js';
import { findMutants } from './find-mutants.js';
import { instrumentValidated, type CompileErrorVerdict, type ValidatedInstrumentation } from './instrument/validate-instrumented.js';
import { sumOf } from './collections.js';
import { extraWorkersFor, Lab, type LabServed } from './lab/lab.js';
import { runWithinLoad } from './lab/load-scheduler.js';
import { testFileTimes, testFileWeights } from './lab/split-dry-run.js';
import type { Mutator } from './mutator.js';
import { FileHashes, ResultsCache, verdictKey, type CachedVerdict } from './cache/results-cache.js';
import { plansInDiff, type ChangedLines } from './filter/diff.js';
import { selectShard, type Shard } from './filter/shard.js';
import { planMutants, type MutantPlan, type PlanOptions } from './plan/plan.js';
import { htmlReport } from './report/html-report.js';
import { markdownSummary, sarifReport } from './report/pr-outputs.js';
import { scoreOf, type Score } from './score.js';
import { toMutationReport, type MutantResult, type Thresholds } from './report/mutation-report.js';
import { saveDryRun, type DryRunSnapshot } from './cache/dry-run-snapshot.js';
import { explainSurvivors, probeMutants, type ExplainPass } from './explain/explain-survivors.js';
import { isProbe } from './instrument/instrument.js';
import type { DryRunResult, TestFiles } from './runner.js';
import type { Mutant, SourceFile } from './types.js';

export interface RunConfig {
  readonly root: string;
  readonly mutate?: readonly string[];
  readonly mutators: readonly Mutator[];
  /** URL of the runner module (`TestRunnerModule`), loaded here for the dry run and in every worker. */
  readonly runnerModule: string;
  /** The runner's own settings (vitest: `configFile`, `project`), handed to it in every worker. */
  readonly runnerSettings?: Readonly<Record<string, unknown>>;
  readonly concurrency: number;
  readonly plan: PlanOptions;
  readonly thresholds: Thresholds;
  /** Where the reports go: `mutation.json` (mutation-testing-report-schema) and `mutation.html`. */
  readonly reportDir: string;
  /** Which report files to write. */
  readonly reports: readonly ('json' | 'html' | 'sarif' | 'markdown')[];
  readonly version: string;
  /** The results cache file; undefined runs without one (`--no-cache`). */
  readonly cacheFile?: string;
  /** Test only the mutants in this change (`--since`, `--in-diff`), and say so in the report. */
  readonly diff?: { readonly changed: ChangedLines; readonly description: string };
  /** Run only this shard's share of the mutants (`--shard k/n`). */
  readonly shard?: Shard;
  /**
   * A lab the caller started early (its workers load the test runner meanwhile), with this config's
   * runner module, root and concurrency; the run closes it. Without one, the run starts its own,
   * and only if it has tests to run.
   */
  readonly lab?: Lab;
  /**
   * Where the dry run is stored with what it depended on (`dry-run-snapshot.ts`), and the stored
   * one the caller found still valid (`reusableDryRun`): then no dry run runs, and no test runner
   * starts unless a mutant has no cached verdict.
   */
  readonly dryRunCache?: {
    readonly file: string;
    readonly fingerprint: string;
    readonly reuse?: DryRunSnapshot;
    /** The last stored dry run, still valid or not: its times weigh the test files when the dry run is shared among workers. */
    readonly earlier?: DryRunResult;
  };
  /**
   * Explain each survivor (`explain/`): probes are instrumented beside the mutants, and each
   * survivor's tests run once more with its probe on. Default false here; the CLI's default is true.
   */
  readonly explain?: boolean;
  /** Aborting stops the run: workers end, the report is written with the rest Pending. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: RunEvent) => void;
}

export type RunEvent =
  /** `reusingDryRun`: a stored dry run stands, so none will run. */
  | { readonly type: 'generated'; readonly files: number; readonly mutants: number; readonly reusingDryRun: boolean }
  /** `reused`: the stored dry run stood (nothing it depended on changed), and none ran. */
  | { readonly type: 'dry-run'; readonly tests: number; readonly durationMs: number; readonly reused: boolean }
  | { readonly type: 'cache'; readonly reused: number; readonly toRun: number }
  | { readonly type: 'warning'; readonly message: string }
  | { readonly type: 'scope'; readonly description: string; readonly inScope: number; readonly total: number }
  | { readonly type: 'mutant'; readonly result: MutantResult; readonly done: number; readonly total: number }
  /** The survivors (and mutants no test reaches) were explained: `probesRun` survivors' tests ran again, in `runs` runs, in `durationMs`. */
  | { readonly type: 'explained'; readonly explained: number; readonly probesRun: number; readonly runs: number; readonly durationMs: number };

export interface RunSummary extends Score {
  readonly results: readonly MutantResult[];
  /** The score of each mutated file, in path order. */
  readonly files: readonly (Score & { readonly file: string })[];
  readonly reportFiles: readonly string[];
  /** The report as written to mutation.json. */
  readonly report: MutationTestResult;
  /** Display names of the tests (`file: suite > test`), by id. */
  readonly testNames: ReadonlyMap<string, string>;
  readonly interrupted: boolean;
  /** Set when only part of the mutants ran (a diff, a shard): the score is not the whole project's. */
  readonly scope: Readonly<Record<string, string>> | undefined;
}

/**
 * The whole of a mutation run, top to bottom: discover → generate → instrument → dry run → plan →
 * test each mutant in the lab → score → report.
 */
export async function runMutationTesting(config: RunConfig): Promise<RunSummary> {
  const started = performance.now();
  const reuse = config.dryRunCache?.reuse;
  // First, so the workers load the test runner while the mutants are made; none yet when a stored
  // dry run may make it needless.
  let lab = config.lab ?? (reuse ? undefined : new Lab(config));
  const startLab = () => (lab ??= new Lab(config));
  try {
    // Asked at once: a worker reads the test runner's config while this thread makes the mutants.
    const testFiles = reuse ? Promise.resolve(reuse.testFiles) : startLab().testFiles();
    const testFilePaths = testFiles.then((found) => found.files);
    // Awaited only after the mutants are made: a failure before then must not go unhandled.
    testFilePaths.catch(() => undefined);
    const found = await findMutants(config.root, config.mutate ?? DEFAULT_MUTATE_GLOBS, config.mutators, testFilePaths);
    const { files, mutants } = found;
    config.onEvent?.({ type: 'generated', files: files.length, mutants: mutants.length, reusingDryRun: reuse !== undefined });
    // The instrumented files reach the workers once, before the dry run, or before the first mutant
    // that has no cached verdict.
    let served: Promise<readonly CompileErrorVerdict[]> | undefined;
    const probed = new Set<number>();
    const serve = () => (served ??= serveInstrumented(config, startLab(), files, mutants, probed));
    const compileErrors = reuse ? (reuse.compileErrors as CompileErrorVerdict[]) : await serve();

    const dryRunStarted = performance.now();
    const earlier = config.dryRunCache?.earlier;
    const dryRun = reuse ? reuse.dryRun : await runDryRun(startLab(), await testFiles, earlier && testFileTimes(earlier), mutants);
    if (!reuse && config.dryRunCache) {
      saveDryRun(config.dryRunCache.file, config.root, { fingerprint: config.dryRunCache.fingerprint, sourceFiles: found.discovered, testFiles: await testFiles, dryRun, compileErrors });
    }
    const readyLab = async () => {
      await serve();
      return startLab();
    };
    return await testAndReport(config, { files, mutants, dryRun, compileErrors, lab: readyLab, probed }, { started, dryRunStarted });
  } finally {
    await lab?.close();
  }
}

/**
 * Instruments every file (with the explanation probes when asked: `probed` gets the mutants whose
 * probe is served), checks it compiles, and hands it to the lab's workers; returns the mutants left out.
 */
async function serveInstrumented(config: RunConfig, lab: Lab, files: readonly SourceFile[], mutants: readonly Mutant[], probed: Set<number>): Promise<readonly CompileErrorVerdict[]> {
  const probes = config.explain ? probeMutants(files, mutants) : [];
  const validated = await instrumentValidated({ root: config.root, files, mutants: [...mutants, ...probes], check: (code) => lab.compile(code) });
  for (const message of validated.warnings) config.onEvent?.({ type: 'warning', message });
  lab.serve(toServed(config.root, validated.instrumented));
  // A probe that broke its file was left out: its survivor is explained from coverage alone.
  const leftOut = new Set(validated.compileErrors.map((error) => error.mutant.id));
  for (const probe of probes) if (!leftOut.has(probe.id)) probed.add(-probe.id);
  return validated.compileErrors.filter((error) => !isProbe(error.mutant));
}

interface Tested {
  readonly files: readonly SourceFile[];
  readonly mutants: readonly Mutant[];
  readonly dryRun: DryRunResult;
  readonly compileErrors: readonly CompileErrorVerdict[];
  /** The lab, served, started on first need. */
  readonly lab: () => Promise<Lab>;
  /** The mutants whose explanation probe is served. */
  readonly probed: ReadonlySet<number>;
}

async function testAndReport(config: RunConfig, { files, mutants, dryRun, compileErrors, lab, probed }: Tested, times: { started: number; dryRunStarted: number }): Promise<RunSummary> {
  const mutationStarted = performance.now();
  for (const notice of dryRun.notices ?? []) config.onEvent?.({ type: 'warning', message: notice });
  config.onEvent?.({ type: 'dry-run', tests: dryRun.tests.length, durationMs: dryRun.durationMs, reused: config.dryRunCache?.reuse !== undefined });
  const allPlans = withCompileErrors(planMutants(mutants, dryRun, config.plan, config.root), compileErrors);
  const testFiles = new Map(dryRun.tests.map((test) => [test.id, relative(config.root, test.file).split('\\').join('/')]));
  const inDiff = config.diff ? plansInDiff(allPlans, config.diff.changed, (id) => testFiles.get(id)) : allPlans;
  if (config.diff) config.onEvent?.({ type: 'scope', description: config.diff.description, inScope: inDiff.length, total: allPlans.length });
  const plans = config.shard ? selectShard(inDiff, config.shard) : inDiff;
  const cache = config.cacheFile ? ResultsCache.load(config.cacheFile) : undefined;
  if (cache?.problem) config.onEvent?.({ type: 'warning', message: cache.problem });
  const hashes = new FileHashes(files);
  const keys = new Map(plans.filter((plan) => plan.kind === 'run').map((plan) => [plan.mutant.id, verdictKey(plan, hashes, config.version, config.plan)]));
  const tested = await testInLab(config, lab, plans, (id) => cache?.get(keys.get(id)!));
  const results = config.explain ? await explained(config, { results: tested, plans, files, dryRun, probed, lab }) : tested;
  const mutationMs = performance.now() - mutationStarted;
  // Also after an interruption: the next run resumes from every verdict this one reached.
  cache?.save(results.filter((result) => keys.has(result.mutant.id)).map((result) => ({ key: keys.get(result.mutant.id)!, result })));
  const interrupted = config.signal?.aborted ?? false;

  const scope = config.shard || config.diff
    ? { ...(config.shard ? { shard: `${config.shard.index}/${config.shard.count}` } : {}), ...(config.diff ? { diff: config.diff.description } : {}) }
    : undefined;
  const report = toMutationReport({ root: config.root, files, results, tests: dryRun.tests, thresholds: config.thresholds, version: config.version, ...(scope ? { scope } : {}) });
  report.performance = { setup: Math.round(times.dryRunStarted - times.started), initialRun: Math.round(mutationStarted - times.dryRunStarted), mutation: Math.round(mutationMs) };
  report.config = { ...report.config, timing: { concurrency: config.concurrency, testTimeLowerBoundMs: Math.round(testTimeLowerBound(plans, results, dryRun) / config.concurrency) } };
  const reportFiles = writeReports(config, report);
  const perFile = files.map((file) => ({ file: file.path, ...scoreOf(results.filter((result) => result.mutant.file === file.path)) }));
  const testNames = new Map(dryRun.tests.map((test) => [test.id, `${relative(config.root, test.file)}: ${test.names.join(' > ')}`]));
  return { results, ...scoreOf(results), files: perFile, report, reportFiles, testNames, interrupted, scope };
}

/** The survivors explained (`explain/`), and the console told how long that took. An interruption leaves the rest as they are. */
async function explained(config: RunConfig, pass: Omit<ExplainPass, 'concurrency' | 'stopped'>): Promise<MutantResult[]> {
  if (config.signal?.aborted) return [...pass.results];
  const started = performance.now();
  try {
    const { results, probesRun, runs } = await explainSurvivors({ ...pass, concurrency: config.concurrency, stopped: () => config.signal?.aborted === true });
    const count = results.filter((result) => result.explanation !== undefined).length;
    config.onEvent?.({ type: 'explained', explained: count, probesRun, runs, durationMs: performance.now() - started });
    return results;
  } catch (error) {
    if (!config.signal?.aborted) throw error;
    return [...pass.results];
  }
}

/**
 * What the mutation phase cannot beat: for each mutant tested in this run, the dry-run time of the
 * tests it actually ran (fastest first, up to the first failure), summed. Divided by the concurrency,
 * it is the wall time a runner with no overhead at all would need.
 */
function testTimeLowerBound(plans: readonly MutantPlan[], results: readonly MutantResult[], dryRun: DryRunResult): number {
  const duration = new Map(dryRun.tests.map((test) => [test.id, test.durationMs]));
  const resultOf = new Map(results.map((result) => [result.mutant.id, result]));
  let total = 0;
  for (const plan of plans) {
    const result = resultOf.get(plan.mutant.id);
    if (plan.kind !== 'run' || !result || result.durationMs === undefined) continue;
    const ran = plan.run.tests.slice(0, result.testsCompleted ?? plan.run.tests.length);
    for (const test of ran) total += duration.get(test.id) ?? 0;
  }
  return total;
}

function writeReports(config: RunConfig, report: MutationTestResult): string[] {
  mkdirSync(config.reportDir, { recursive: true });
  const written: string[] = [];
  if (config.reports.includes('json')) {
    const file = join(config.reportDir, 'mutation.json');
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    written.push(file);
  }
  const others = { html: () => htmlReport(report), sarif: () => `${JSON.stringify(sarifReport(report), null, 2)}\n`, markdown: () => markdownSummary(report) };
  for (const [kind, render] of Object.entries(others)) {
    if (!config.reports.includes(kind as keyof typeof others)) continue;
    const file = join(config.reportDir, `mutation.${kind === 'markdown' ? 'md' : kind}`);
    writeFileSync(file, render());
    written.push(file);
  }
  return written;
}

function toServed(root: string, instrumented: ValidatedInstrumentation['instrumented']): LabServed {
  return [...instrumented].map(([path, { code, map }]) => {
    // A plain object: it crosses into worker threads.
    return [join(root, path), { code, map: JSON.parse(map.toString()) as unknown }] as const;
  });
}

/** A mutant left out of the instrumented code is never run: its verdict is CompileError, a defect of mutate's. */
function withCompileErrors(plans: readonly MutantPlan[], compileErrors: readonly CompileErrorVerdict[]): MutantPlan[] {
  const reasons = new Map(compileErrors.map(({ mutant, message }) => [mutant.id, message]));
  return plans.map((plan) => {
    const reason = reasons.get(plan.mutant.id);
    return reason === undefined ? plan : { kind: 'early', mutant: plan.mutant, status: 'CompileError', reason };
  });
}

/**
 * Every test once, no mutant active. Any failure stops the run, naming the tests; so does a suite with
 * no tests, and one whose tests reach none of the mutants (coverage that could not be collected must
 * never read as a score of 0%).
 */
async function runDryRun(lab: Lab, { files, runsWhole }: TestFiles, earlierTimes: ReadonlyMap<string, number> | undefined, mutants: readonly Mutant[]): Promise<DryRunResult> {
  // No files to share out: one worker runs the whole suite.
  const testFiles = runsWhole ? [] : files;
  const dryRun = await lab.dryRun(testFiles, testFileWeights(testFiles, earlierTimes, fileSize));
  if (dryRun.failures.length > 0) {
    const list = dryRun.failures.map((failure) => `  ${failure.test}\n${indent(failure.message, '    ')}`).join('\n');
    throw new UserError(`the tests must pass before mutants can be tested; with no mutant active these failed:\n${list}`, 'baseline');
  }
  if (dryRun.tests.length === 0) throw new UserError('the test run executed no tests: mutate needs a suite that runs at least one test', 'baseline');
  const reached = dryRun.tests.some((test) => test.covered.length > 0) || Object.values(dryRun.staticCovered).some((ids) => ids.length > 0);
  const testable = mutants.filter((mutant) => mutant.ignoreReason === undefined).length;
  if (!reached && testable > 0) {
    throw new UserError(
      `the dry run passed ${dryRun.tests.length} tests, but none of them reached any of the ${testable} mutants: coverage could not be collected, so no score is given.\n` +
        'If your tests import these files, or run them in Node processes they start (a CLI they spawn), this is a bug in mutate: please report it. ' +
        'Processes started with an `env` of their own (without NODE_OPTIONS), worker threads, and bundled builds are out of its reach.',
      'baseline',
    );
  }
  return dryRun;
}

/** A test file's size in bytes, 0 for one that cannot be read: the weight by which the dry run is shared. */
function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** The first lines of a message (a transform error's file, line and code frame), indented. */
function indent(message: string, prefix: string, maxLines = 12): string {
  const lines = message.trimEnd().split('\n');
  const shown = lines.slice(0, maxLines).map((line) => `${prefix}${line}`);
  if (lines.length > maxLines) shown.push(`${prefix}…`);
  return shown.join('\n');
}

async function testInLab(
  config: RunConfig,
  lab: () => Promise<Lab>,
  plans: readonly MutantPlan[],
  cached: (mutantId: number) => CachedVerdict | undefined,
): Promise<MutantResult[]> {
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
  const toRun = plans.filter((plan) => plan.kind === 'run');
  const queue = toRun.filter((plan) => {
    const verdict = cached(plan.mutant.id);
    if (verdict) record({ mutant: plan.mutant, coveredBy: plan.coveredBy, isStatic: plan.isStatic, ...verdict });
    return !verdict;
  });
  config.onEvent?.({ type: 'cache', reused: toRun.length - queue.length, toRun: queue.length });
  if (queue.length > 0 && !config.signal?.aborted) {
    try {
      const started = await lab();
      // As many mutants at once as the cores can take, by each one's expected load: those whose
      // tests sleep on real timers run beside the others, in more workers when there is enough
      // waiting to pay for their start.
      const adding = started.addWorkers(extraWorkersFor(sumOf(queue, (plan) => plan.expectedMs * (1 - plan.load)), config.concurrency));
      // A worker that fails to start fails a mutant's run as well, which says why.
      adding.catch(() => undefined);
      await runWithinLoad(queue, {
        capacity: config.concurrency,
        slots: () => started.slots,
        slotsGrow: () => started.slotsGrow(),
        loadOf: (plan) => plan.load,
        stopped: () => config.signal?.aborted === true,
        run: async (plan) => {
          const outcome = await started.test(plan.run);
          record({
            mutant: plan.mutant,
            status: outcome.status,
            coveredBy: plan.coveredBy,
            isStatic: plan.isStatic,
            testsCompleted: outcome.testsRun,
            durationMs: outcome.durationMs,
            ...(outcome.status === 'Killed' ? { killedBy: outcome.killedBy, statusReason: outcome.message } : {}),
            ...(outcome.status === 'RuntimeError' || (outcome.status === 'Survived' && outcome.message) ? { statusReason: outcome.message } : {}),
          });
        },
      });
    } catch (error) {
      // Interrupted: the workers were stopped under the mutants in flight.
      if (!config.signal?.aborted) throw error;
    }
  }
  // Interrupted: what never ran is Pending.
  return plans.map((plan): MutantResult => results.get(plan.mutant.id) ?? { mutant: plan.mutant, status: 'Pending' }).toSorted((a, b) => a.mutant.id - b.mutant.id);
}

