import { groupByFileInOrder, MutateBug } from '@mutate/core/runner';
import type { DryRunFailure, DryRunResult, DryRunTest, MutantRun, MutantRunOutcome, ServedFiles, TestFiles, TestRunner, TestRunnerOptions } from '@mutate/core/runner';
import type { TestCase, TestModule, TestProject, TestSpecification, Vitest } from 'vitest/node';
import { join } from 'node:path';
import type { KeptAlivePool } from './kept-alive-pool.js';
import { resolveProjectVitest } from './resolve-vitest.js';
import { serveInServer, type ServedFile } from './serve-plugin.js';
import { keptAlivePools, vitest3Pools, type Replay } from './session-pools.js';
import { startVitest, testedProjects, type VitestSettings } from './start-vitest.js';
import { META, PROVIDE_KEY, switchboardPath, switchboardSource, type SwitchboardOptions } from './switchboard-setup.js';
import { ChildSandbox, preloadUrl } from '@mutate/child-processes';
import { reportOfModule, type FileReport, type ReportedError } from './file-report.js';
import { judgeFile, type FileOutcome } from './judge-file.js';
import { describeLoadError, describeUnhandledError, failureMessage } from './test-errors.js';
import { testFilesOf } from './test-files.js';
import { TestSelection } from './test-selection.js';
import { LazyCollection } from './lazy-collection.js';

type RunResult = { readonly hung: true } | { readonly hung: false; readonly modules: TestModule[]; readonly unhandledErrors: readonly ReportedError[] };

/** MUTATE_REPLAY=0 runs every file through vitest's main thread: a check that replays change no verdict. */
const REPLAY = process.env['MUTATE_REPLAY'] !== '0';
/** MUTATE_LAZY=0 collects every test file whole: a check that lazy collection changes no verdict. */
const LAZY = process.env['MUTATE_LAZY'] !== '0';
const DEBUG = Boolean(process.env['MUTATE_DEBUG']);

const TIMED_OUT = (testsRun: number): FileOutcome => ({ kind: 'verdict', outcome: { status: 'Timeout', testsRun } });

/** How long a cancelled run may take to settle before the session is given up. */
const SETTLE_GRACE_MS = 3_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * One warm vitest instance of the user's project — every project of its `test.projects`, or those
 * chosen — serving the instrumented code, able to run any chosen tests with any mutant switched on.
 * Lives as long as the mutation run (or a pool worker).
 */
export class VitestSession implements TestRunner {
  /** Set when a cancelled run never settled: the lab must start a new worker. */
  broken = false;

  private constructor(
    private readonly vitest: Vitest,
    private readonly pools: readonly KeptAlivePool[],
    /** For each project on a kept-alive pool: how that pool may replay a file's run (`replay.ts`). */
    private readonly replays: ReadonlyMap<string, Replay>,
    private readonly projects: readonly TestProject[],
    private readonly notices: readonly string[],
    private readonly served: Map<string, ServedFile>,
    private readonly selection: TestSelection,
    private readonly sandbox: ChildSandbox,
    /** The config's `sandbox` (`--no-sandbox`: false): whether the Node processes tests start are reached. */
    reachChildProcesses: boolean,
    private readonly lazyCollection = new LazyCollection(),
  ) {
    const children = { preload: preloadUrl, root: sandbox.root, sandbox: sandbox.dir, reports: join(sandbox.dir, '.reports') };
    this.childProcesses = reachChildProcesses ? { children } : {};
  }

  /** Every run's switchboard options for the Node processes tests start: the sandbox of instrumented copies they load (`child-preload.ts`). */
  private readonly childProcesses: Pick<SwitchboardOptions, 'children'>;

  static async start({ root, settings, scratchDir }: TestRunnerOptions): Promise<VitestSession> {
    const projectVitest = await resolveProjectVitest(root);
    const vitest = await startVitest(projectVitest, root, (settings ?? {}) as VitestSettings, {
      root,
      watch: false,
      // An empty reporter: with `reporters: []` vitest 4 falls back to its default one.
      reporters: [{}],
      maxWorkers: 1,
      // vitest's results cache orders a later `vitest run`; left on, every mutant's run would rewrite
      // it in the project's node_modules.
      cache: false,
    });
    const { projects, notices } = testedProjects(vitest);
    const setupFile = switchboardPath(root);
    const served = new Map<string, ServedFile>([[setupFile, { code: switchboardSource(projectVitest.entryUrl, projectVitest.suiteUrl) }]]);
    // vitest 4 and 5: a kept-alive pool through vitest's pool API. vitest 3 has none: its projects
    // that run in node with vitest's isolation get mutate's vitest 3 pool, the others their own.
    const replays = new Map<string, Replay>();
    const pools = projectVitest.workerUrl ? keptAlivePools(projectVitest.workerUrl, projects, replays) : vitest3Pools(projectVitest, root, projects, served, replays);
    // Each project has its own Vite server, made from its own config: each must serve the files.
    for (const server of new Set([vitest.vite, ...vitest.projects.map((project) => project.vite)])) serveInServer(server, served);
    for (const project of projects) {
      // Prepended, so the switchboard is in place before the project's own setup files import anything.
      project.config.setupFiles = [setupFile, ...project.config.setupFiles];
    }
    return new VitestSession(vitest, pools, replays, projects, notices, served, new TestSelection(), await ChildSandbox.create(root, scratchDir), settings?.['childProcesses'] !== false);
  }

  async testFiles(): Promise<TestFiles> {
    return testFilesOf(this.vitest, this.vitest.projects);
  }

  serve(files: ServedFiles): void {
    for (const [path, file] of files) this.served.set(path, file);
    this.sandbox.write(files);
  }

  async dryRun(testFiles?: readonly string[]): Promise<DryRunResult> {
    const started = performance.now();
    const tested = new Set(this.projects);
    const inPart = testFiles && new Set(testFiles);
    // Type tests (`typecheck`) run under tsc, which cannot see a mutant; and only the chosen projects.
    const specifications = (await this.vitest.globTestSpecifications()).filter(
      (specification) => tested.has(specification.project) && specification.pool !== 'typescript' && (!inPart || inPart.has(specification.moduleId)),
    );
    const options: SwitchboardOptions = { active: 0, hitLimit: Number.POSITIVE_INFINITY, dryRun: true, bail: false, ...this.childProcesses };
    const result = await this.run(specifications, options, Number.POSITIVE_INFINITY);
    if (result.hung) throw new Error('the dry run never finished');
    const { modules, unhandledErrors } = await this.retryFailedFiles(result, specifications, options);
    const tests: DryRunTest[] = [];
    // An unhandled error fails `vitest run`, as a failing test does; and a mutant's run is judged by them only against a dry run that had none.
    const failures: DryRunFailure[] = unhandledErrors.map((error) => ({ test: error.VITEST_TEST_PATH ?? 'the test run', message: describeUnhandledError(error) }));
    const staticCovered: Record<string, number[]> = {};
    const loadedFiles: Record<string, string[]> = {};
    const coverCounts: Record<number, number> = {};
    let startedNode = 0;
    for (const module of modules) {
      for (const error of module.errors()) failures.push({ test: module.moduleId, message: describeLoadError(error) });
      const fileMeta = metaOf(module);
      const staticIds = fileMeta[META.staticCovered] as number[] | undefined;
      if (staticIds?.length) staticCovered[module.moduleId] = [...new Set([...(staticCovered[module.moduleId] ?? []), ...staticIds])];
      const loaded = fileMeta[META.loaded] as string[] | undefined;
      if (loaded?.length) loadedFiles[module.moduleId] = [...new Set([...(loadedFiles[module.moduleId] ?? []), ...loaded])];
      for (const [id, count] of Object.entries((fileMeta[META.coverCounts] as Record<string, number> | undefined) ?? {})) {
        coverCounts[Number(id)] = (coverCounts[Number(id)] ?? 0) + count;
      }
      for (const test of module.children.allTests()) {
        const outcome = test.result();
        if (outcome.state === 'failed') failures.push({ test: describeTest(test), message: failureMessage(outcome.errors) });
        if (outcome.state === 'pending') failures.push({ test: describeTest(test), message: NO_RESULT });
        if (outcome.state !== 'passed') continue;
        const startedProcesses = Number((test.meta() as Record<string, unknown>)[META.childProcesses] ?? 0) > 0;
        if (startedProcesses) startedNode += 1;
        const durationMs = test.diagnostic()?.duration ?? 0;
        tests.push({
          id: test.id,
          file: module.moduleId,
          project: module.project.name,
          names: namesOf(test),
          durationMs,
          // Waiting on the Node processes it started is not idle: they keep the cores busy meanwhile, and
          // a mutant run beside them would slow them past their time limit (false Timeouts).
          idleMs: startedProcesses ? 0 : Math.min(durationMs, Number((test.meta() as Record<string, unknown>)[META.idle] ?? 0)),
          covered: (test.meta() as Record<string, number[] | undefined>)[META.covered] ?? [],
        });
      }
    }
    const childNotice =
      startedNode > 0
        ? [`${startedNode} ${startedNode === 1 ? 'test starts' : 'tests start'} Node processes: they run instrumented copies of the sources (from ${this.sandbox.dir}), so the mutants they reach are tested too`]
        : [];
    return { tests, staticCovered, loadedFiles, coverCounts, failures, durationMs: performance.now() - started, notices: [...this.notices, ...this.flakyNotices, ...childNotice] };
  }

  private readonly flakyNotices: string[] = [];

  /**
   * The test files that failed in the dry run (or threw an unhandled error), run once more: a test
   * that depends on real time can fail once on a loaded machine (as it would under `vitest run`). A
   * file that passes the second time stands, with a notice naming its tests; one that fails again
   * fails the dry run, and so does an unhandled error no file can be blamed for.
   */
  private async retryFailedFiles(
    { modules, unhandledErrors }: { modules: TestModule[]; unhandledErrors: readonly ReportedError[] },
    specifications: TestSpecification[],
    options: SwitchboardOptions,
  ): Promise<{ modules: TestModule[]; unhandledErrors: readonly ReportedError[] }> {
    const threw = new Set(unhandledErrors.map((error) => error.VITEST_TEST_PATH));
    const failed = modules.filter((module) => hasFailed(module) || threw.has(module.moduleId));
    if (failed.length === 0) return { modules, unhandledErrors };
    const key = (module: { project: TestProject; moduleId: string }) => `${module.project.name}\0${module.moduleId}`;
    const failedKeys = new Set(failed.map(key));
    const again = await this.run(specifications.filter((specification) => failedKeys.has(key(specification))), options, Number.POSITIVE_INFINITY);
    if (again.hung) return { modules, unhandledErrors };
    const threwAgain = new Set(again.unhandledErrors.map((error) => error.VITEST_TEST_PATH));
    const passedNow = new Map(
      again.modules.filter((module) => !hasFailed(module) && !threwAgain.has(module.moduleId) && [...module.children.allTests()].length > 0).map((module) => [key(module), module]),
    );
    for (const module of failed) {
      if (!passedNow.has(key(module))) continue;
      const flaky = [...module.children.allTests()].filter((test) => test.result().state === 'failed').map(describeTest);
      const lost = [...module.children.allTests()].filter((test) => test.result().state === 'pending').map(describeTest);
      if (flaky.length === 0 && lost.length > 0) {
        this.flakyNotices.push(`${lost.join(', ')}: no result came in the dry run, and one came when run again (mutate's bug; please report it)`);
        continue;
      }
      const what = flaky.length > 0 ? flaky.join(', ') : threw.has(module.moduleId) ? `${module.moduleId} (an unhandled error)` : module.moduleId;
      this.flakyNotices.push(`${what} failed in the dry run and passed when run again: a flaky test can make mutants look killed`);
    }
    const passedFiles = new Set([...passedNow.values()].map((module) => module.moduleId));
    return {
      modules: modules.map((module) => passedNow.get(key(module)) ?? module),
      unhandledErrors: unhandledErrors.filter((error) => !error.VITEST_TEST_PATH || !passedFiles.has(error.VITEST_TEST_PATH)),
    };
  }

  /**
   * Runs the mutant's tests file by file, the file with the fastest selected tests first, and stops
   * at the first failure. Each file run selects tests by id, never by name, and must run every test
   * it selected: a run that ran fewer is tried once more with the whole file, then is mutate's bug.
   */
  async runMutant({ mutantId, tests, timeoutMs, hitLimit }: MutantRun): Promise<MutantRunOutcome> {
    let deadline = performance.now() + timeoutMs;
    let testsRun = 0;
    // A file that fails to load runs no test: go on, another file's test may still fail (Killed);
    // if none does, no test detected the mutant and it is a RuntimeError, as StrykerJS has it.
    let loadFailure: string | undefined;
    // An error thrown where no test awaited it fails `vitest run` as well: a RuntimeError, unless another file's test fails.
    let unhandledError: string | undefined;
    const removed: string[] = [];
    for (const { project, file, ids } of groupByFileInOrder(tests)) {
      const testProject = this.projectNamed(project);
      const lazy = LAZY ? this.lazyCollection : undefined;
      const collectOnly = lazy?.collectOnly(testProject.name, file, ids);
      const options = { active: mutantId, hitLimit, dryRun: false, bail: true, ...this.childProcesses, ...(collectOnly ? { collectOnly } : lazy?.needsCount(testProject.name, file) ? { countTests: true } : {}) };
      if (collectOnly && DEBUG) process.stderr.write(`[mutate] collects only the suites of the selected tests in ${file}\n`);
      const fileStarted = performance.now();
      let outcome = await this.runFile(testProject, file, ids, options, deadline, testsRun, 'selected');
      if (collectOnly) {
        // Checking that the verdict stands is not the mutant's time; a run again has the time the first had.
        const budgetMs = deadline - fileStarted;
        const checkStarted = performance.now();
        outcome = await this.lazyCollection.verdict(testProject.name, file, ids, outcome, {
          whole: () => {
            if (DEBUG) process.stderr.write(`[mutate] collects ${file} whole again for mutant ${mutantId}\n`);
            return this.runFile(testProject, file, ids, { ...options, collectOnly: undefined }, performance.now() + budgetMs, testsRun, 'selected');
          },
          passesAlone: async (test) => {
            if (DEBUG) process.stderr.write(`[mutate] checks that ${test} passes in ${file} collected by its suites\n`);
            const check = { active: 0, hitLimit: Number.POSITIVE_INFINITY, dryRun: false, bail: true, collectOnly } as const;
            const alone = await this.runFile(testProject, file, [test], check, performance.now() + timeoutMs, 0, 'selected');
            return alone.kind === 'passed' && alone.ran === 1;
          },
        });
        deadline += performance.now() - checkStarted;
      }
      if (outcome.kind === 'passed' && outcome.ran < ids.length && !outcome.loadFailure) {
        // Fewer tests ran than were selected, with none failing: never read that as Survived. The
        // whole file, with the switchboard skipping the rest, tells a selection vitest ignored
        // (mutate's bug) from tests the mutant itself removed (`it.each` over a table it emptied).
        outcome = await this.runFile(testProject, file, ids, { ...options, collectOnly: undefined }, deadline, testsRun, 'switchboard');
        if (outcome.kind === 'passed' && outcome.ran < ids.length - outcome.notCollected && !outcome.loadFailure) {
          throw new MutateBug(`vitest ran ${outcome.ran} of the ${ids.length} tests selected in ${file} for mutant ${mutantId}, also when given the whole file`);
        }
        if (outcome.kind === 'passed' && outcome.notCollected > 0) removed.push(`${outcome.notCollected} of ${ids.length} in ${file}`);
      }
      if (outcome.kind === 'verdict') return outcome.outcome;
      testsRun += outcome.ran;
      loadFailure ??= outcome.loadFailure;
      unhandledError ??= outcome.unhandledError;
    }
    // A kept-alive worker runs nothing of an earlier run's code (`unhandled-errors.ts`): the error is this mutant's.
    const runtimeError = loadFailure ?? unhandledError;
    if (runtimeError) return { status: 'RuntimeError', message: runtimeError, testsRun };
    if (removed.length > 0) return { status: 'Survived', testsRun, message: `the mutant removed tests that cover it (${removed.join('; ')}): the suite passes without them` };
    return { status: 'Survived', testsRun };
  }

  async close(): Promise<void> {
    await this.vitest.close();
    await Promise.all(this.pools.map((pool) => pool.dispose()));
    this.sandbox.close();
  }

  private projectNamed(name: string | undefined): TestProject {
    const project = this.projects.find((candidate) => candidate.name === (name ?? ''));
    if (!project) throw new MutateBug(`the dry run named vitest project '${name}', which this session does not have`);
    return project;
  }

  /**
   * One test file under the mutant: `'selected'`, the selected tests; `'switchboard'`, the file with the
   * switchboard skipping all but them (to tell a selection vitest ignored from tests the mutant
   * removed). Replayed by a worker that ran the file before where one can (`replay.ts`), else run
   * through vitest's main thread: the tests run alike, and their reports are judged alike.
   */
  private async runFile(
    project: TestProject,
    file: string,
    ids: readonly string[],
    options: Omit<SwitchboardOptions, 'onlyTests'>,
    deadline: number,
    testsRunBefore: number,
    tests: 'selected' | 'switchboard',
  ): Promise<FileOutcome> {
    const { specification, onlyTests } = tests === 'selected' ? this.selection.specificationFor(project, file, ids) : { specification: project.createSpecification(file), onlyTests: ids };
    const switchboard: SwitchboardOptions = { ...options, ...(onlyTests ? { onlyTests } : {}) };
    const replay = tests === 'switchboard' || !REPLAY ? undefined : this.replays.get(project.name);
    const replayed = await replay?.(project.name, { file, ...(onlyTests ? {} : { testIds: ids }), options: switchboard }, deadline - performance.now());
    if (replayed && DEBUG) process.stderr.write(`[mutate] replayed ${file}\n`);
    if (replayed === 'hung') return TIMED_OUT(testsRunBefore);
    let reports: readonly FileReport[];
    if (replayed) reports = [{ ...replayed, unhandledErrors: this.countedUnhandledErrors(replayed.unhandledErrors) }];
    else {
      const result = await this.run([specification], switchboard, deadline - performance.now());
      if (result.hung) return TIMED_OUT(testsRunBefore);
      reports = result.modules.map((module) => reportOfModule(module, result.unhandledErrors));
    }
    this.lazyCollection.learn(project.name, file, options.collectOnly, reports);
    return judgeFile(reports, ids, testsRunBefore);
  }

  /** One vitest run with a watchdog: a synchronous endless loop never lets vitest's own timeouts fire. */
  private async run(specifications: TestSpecification[], options: SwitchboardOptions, timeoutMs: number): Promise<RunResult> {
    this.vitest.provide(PROVIDE_KEY as never, options as never);
    const wanted = new Set(specifications.map((specification) => `${specification.project.name}\0${specification.moduleId}`));
    const run = this.vitest.runTestSpecifications(specifications);
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<'hung'>((resolve) => {
      if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve('hung'), Math.max(timeoutMs, 0));
    });
    const first = await Promise.race([run, watchdog]);
    clearTimeout(timer);
    // vitest marks the process failed when a test fails; under mutation that is the expected news.
    process.exitCode = 0;
    if (first === 'hung') {
      // Usually the run settles within milliseconds of its thread ending; if it (or the cancelling
      // itself) does not, this instance cannot be trusted with another run: the lab replaces the worker.
      const cleanUp = async () => {
        await Promise.all(this.pools.map((pool) => pool.terminateRunning()));
        await this.vitest.cancelCurrentRun('keyboard-input');
        await run.catch(() => undefined);
        return true;
      };
      const settled = await Promise.race([cleanUp(), delay(SETTLE_GRACE_MS).then(() => false)]);
      if (!settled) this.broken = true;
      process.exitCode = 0;
      return { hung: true };
    }
    // `testModules` holds every module this instance ever ran: keep this run's.
    const modules = first.testModules.filter((module) => wanted.has(`${module.project.name}\0${module.moduleId}`));
    // vitest's own `onUnhandledError` option has already had its say on these.
    return { hung: false, modules, unhandledErrors: this.vitest.config.dangerouslyIgnoreUnhandledErrors ? [] : (first.unhandledErrors as ReportedError[]) };
  }

  /**
   * A replayed run's unhandled errors, as vitest's main thread would count them: none with the
   * project's `dangerouslyIgnoreUnhandledErrors`, and none its `onUnhandledError` option drops.
   */
  private countedUnhandledErrors(errors: readonly ReportedError[]): readonly ReportedError[] {
    const config = this.vitest.config as unknown as { dangerouslyIgnoreUnhandledErrors?: boolean; onUnhandledError?: (error: ReportedError) => boolean | void };
    if (config.dangerouslyIgnoreUnhandledErrors) return [];
    return errors.filter((error) => config.onUnhandledError?.(error) !== false);
  }
}

/**
 * A test collected but with no result after its file's run: its last report never reached vitest's
 * main thread. Its coverage is unknown, and taken as none its mutants would be NoCoverage with
 * nothing said: the dry run runs its file once more, then stops with this.
 */
const NO_RESULT = "the test ran, but its result never reached mutate (no pass, no fail): without it, mutate cannot tell which mutants it covers. This is mutate's bug; please report it";

/** A test file that failed to load, one of whose tests (or hooks) failed, or one with a test whose result never came. */
function hasFailed(module: TestModule): boolean {
  return module.errors().length > 0 || [...module.children.allTests()].some((test) => test.result().state === 'failed' || test.result().state === 'pending');
}

/** A test file's meta: `meta()` since vitest 3.2, the task's own field in 3.0 and 3.1. */
function metaOf(module: TestModule): Record<string, unknown> {
  const withMeta = module as unknown as { meta?: () => unknown; task: { meta: unknown } };
  return (typeof withMeta.meta === 'function' ? withMeta.meta() : withMeta.task.meta) as Record<string, unknown>;
}

function namesOf(test: TestCase): string[] {
  const names = [test.name];
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) names.unshift(parent.name);
  return names;
}

function describeTest(test: TestCase): string {
  const project = test.project.name ? `[${test.project.name}] ` : '';
  return `${project}${test.module.moduleId} > ${namesOf(test).join(' > ')}`;
}

/** The runner module contract (`TestRunnerModule`): lets a pool worker load this runner by path. */
export function createTestRunner(options: TestRunnerOptions): Promise<TestRunner> {
  return VitestSession.start(options);
}

/** The runner module contract: the lab worker imports the project's vitest while the mutants are made. */
export async function prepare(root: string): Promise<void> {
  await resolveProjectVitest(root);
}
