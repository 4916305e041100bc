import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { ChildSandbox, CHILD_ENV, preloadUrl } from '@mutate/child-processes';
import { takeChildReports } from '@mutate/child-processes/in-child';
import { FileOverheads, groupByFileInOrder, MutateBug, sumOf, SWITCHBOARD, UserError } from '@mutate/core/runner';
import type { DryRunFailure, DryRunResult, DryRunTest, MutantRun, MutantRunOutcome, ServedFiles, TestFiles, TestRunner, TestRunnerOptions } from '@mutate/core/runner';
import threadStateModule from './thread-state.cjs';
import type { GlobalConfig, JestRunner, JestTest, ProjectConfig, TestContext } from './jest-api.js';
import { runGlobalHook } from './global-hooks.js';
import { FileEnvironments } from './file-environments.js';
import { judgeFile } from './judge-file.js';
import { cacheDirectoryFor, readJestConfig, runGlobalConfig, servingConfig, type JestSettings, type MutateModules } from './read-jest-config.js';
import { resolveProjectJest, type ProjectJest } from './resolve-jest.js';
import { jestConfigFiles, testFilePatterns } from './test-files.js';
import type { EnvironmentClass, RunState, ThreadState } from './thread-types.js';

/** A test file's environment and module loading in band, before this worker has measured any. */
const UNMEASURED_OVERHEAD_MS = 100;
/** How long a run abandoned at its deadline may take to settle before the session is given up. */
const SETTLE_GRACE_MS = 3_000;

const MODULES: MutateModules = {
  transformer: fileURLToPath(new URL('./served-transformer.cjs', import.meta.url)),
  environment: fileURLToPath(new URL('./switchboard-environment.cjs', import.meta.url)),
};

/** A jest project of the config (one, or each of its `projects`), with its haste map built once. */
interface Project {
  /** '' for a single project; else its display name, or its place in `projects`. */
  readonly label: string;
  readonly context: TestContext;
  /** The context the tests run in once files are served (its config serves them). */
  serving: TestContext;
}

/** What a run of test files reported besides what the switchboard recorded: files that failed to load. */
type FilesRun = { readonly hung: true } | { readonly hung: false; readonly loadErrors: ReadonlyMap<string, string> };

const delay = (ms: number) => new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), ms).unref());

/**
 * The user's jest, kept warm in this thread: its config read and haste maps built once, then each
 * run executes test files in band (jest-runner's own in-band run), with the instrumented code served
 * through mutate's transformer and the switchboard in mutate's test environment.
 */
export class JestSession implements TestRunner {
  broken = false;
  private loadErrors = new Map<string, string>();
  private interrupted = false;
  private runs = 0;
  /** By test file: what its dry run took beyond its tests' own (its environment, its modules). */
  private readonly overheads = new FileOverheads(UNMEASURED_OVERHEAD_MS);

  private constructor(
    private readonly root: string,
    private readonly projects: readonly Project[],
    private readonly runner: JestRunner,
    private readonly state: ThreadState,
    private readonly configFile: string | undefined,
    private readonly cacheDirectories: ReadonlyMap<Project, string>,
    /** The instrumented copies the Node processes tests start load instead of the files (none when told to leave them alone). */
    private readonly sandbox: ChildSandbox | undefined,
    private readonly fileEnvironments: FileEnvironments,
    /** The projects' `globalTeardown`, run as the session closes. */
    private readonly tearDown: () => Promise<void>,
  ) {
    runner.on('test-file-success', ([test, result]) => {
      // A file whose module-level code threw, or a describe callback: "Test suite failed to run".
      if (result.testExecError) this.loadErrors.set(test.path, clean(result.testExecError.message));
    });
    runner.on('test-file-failure', ([test, error]) => {
      this.loadErrors.set(test.path, clean(error.message));
    });
  }

  static async start({ root, settings, scratchDir }: TestRunnerOptions): Promise<JestSession> {
    useTestEnvironment();
    const jest = await resolveProjectJest(root);
    const jestSettings = (settings ?? {}) as JestSettings;
    const { globalConfig, configs } = await readJestConfig(jest, root, jestSettings);
    const state = threadStateModule.threadState();
    // `__mutate`, unless mutate is testing itself (MUTATE_SWITCHBOARD).
    state.switchboard = SWITCHBOARD;
    state.takeChildReports = takeChildReports;
    const cacheDirectories = new Map<Project, string>();
    const projects = await Promise.all(
      configs.map(async (config, index) => {
        const label = configs.length === 1 ? '' : (config.displayName?.name ?? String(index));
        const cacheDirectory = cacheDirectoryFor(config, root, scratchDir);
        const ownConfig = { ...config, cacheDirectory };
        const context = await jest.Runtime.createContext(ownConfig, { maxWorkers: 1, watchman: false, watch: false });
        state.projects.set(config.id, { environment: await loadEnvironment(jest, ownConfig), label });
        const project: Project = { label, context, serving: { ...context, config: servingConfig(ownConfig, MODULES, [], cacheDirectory) } };
        cacheDirectories.set(project, cacheDirectory);
        return project;
      }),
    );
    const runGlobal = runGlobalConfig(globalConfig);
    await runGlobalSetup(jest, runGlobal, projects.map((project) => project.context.config));
    const runner = new jest.TestRunner(runGlobal, { changedFiles: undefined, sourcesRelatedToTestsInChangedFiles: undefined });
    const configFile = jestSettings.configFile === undefined ? undefined : resolve(root, jestSettings.configFile);
    const sandbox = settings?.['childProcesses'] === false ? undefined : await ChildSandbox.create(root, scratchDir);
    return new JestSession(root, projects, runner, state, configFile, cacheDirectories, sandbox, new FileEnvironments(jest, MODULES.environment), async () => {
      await runGlobalHook(jest, 'globalTeardown', runGlobal, projects.map((project) => project.context.config));
    });
  }

  async testFiles(): Promise<TestFiles> {
    const found = await this.findTestFiles();
    return {
      files: [...new Set(found.map(({ path }) => path))].sort(),
      patterns: this.projects.flatMap((project) => testFilePatterns(project.context.config)),
      configFiles: jestConfigFiles(this.root, this.projects.map((project) => project.context.config.rootDir), this.configFile),
    };
  }

  serve(files: ServedFiles): void {
    for (const [path, { code }] of files) this.state.served.set(path, code);
    this.sandbox?.write(files);
    const served = [...this.state.served.keys()];
    for (const project of this.projects) {
      project.serving = { ...project.context, config: servingConfig(project.context.config, MODULES, served, this.cacheDirectories.get(project)!) };
    }
  }

  async dryRun(testFiles?: readonly string[]): Promise<DryRunResult> {
    const started = performance.now();
    const inPart = testFiles && new Set(testFiles);
    const files = (await this.findTestFiles()).filter(({ path }) => !inPart || inPart.has(path));
    const run = this.newRun({ active: 0, hitLimit: Number.POSITIVE_INFINITY, dryRun: true, bail: false, onlyTests: undefined, deadline: Number.POSITIVE_INFINITY });
    // File by file, as mutants run them, to time what each costs beyond its tests (`overheads`).
    const loadErrors = new Map<string, string>();
    for (const file of files) {
      const fileStarted = performance.now();
      const result = await this.runFiles([file], run);
      if (result.hung) throw new Error('the dry run never finished');
      for (const [path, error] of result.loadErrors) loadErrors.set(path, error);
      this.overheads.record(file.path, performance.now() - fileStarted, sumOf(run.files.get(file.path)?.tests ?? [], (test) => test.durationMs));
    }
    const tests: DryRunTest[] = [];
    const failures: DryRunFailure[] = [];
    const staticCovered: Record<string, number[]> = {};
    const unseen: string[] = [];
    for (const { project, path } of files) {
      const loadError = loadErrors.get(path);
      if (loadError !== undefined) failures.push({ test: path, message: loadError });
      const record = run.files.get(path);
      if (!record) {
        if (loadError === undefined) unseen.push(path);
        continue;
      }
      if (record.staticCovered.size > 0) staticCovered[path] = [...record.staticCovered];
      for (const test of record.tests) {
        if (test.failure !== undefined) failures.push({ test: `${path} > ${test.names.join(' > ')}`, message: test.failure });
        else tests.push({ id: test.id, file: path, project: project.label, names: test.names, durationMs: test.durationMs, covered: test.covered });
      }
    }
    const notices = unseen.map(
      (path) => `${path} runs in a test environment of its own (a @jest-environment comment) that mutate could not wrap (an ES module): mutate cannot see what its tests reach, so they test no mutant`,
    );
    if (run.testsWithChildren > 0 && this.sandbox) {
      const tests = run.testsWithChildren === 1 ? '1 test starts' : `${run.testsWithChildren} tests start`;
      notices.push(`${tests} Node processes: they run instrumented copies of the sources (from ${this.sandbox.dir}), so the mutants they reach are tested too`);
    }
    return { tests, staticCovered, coverCounts: Object.fromEntries(run.coverCounts), failures, durationMs: performance.now() - started, notices };
  }

  /**
   * Runs the mutant's tests file by file, the file with the fastest selected tests first, and stops
   * at the first failure. Each file runs only its selected tests (the environment skips the others),
   * and must run every one it still has: a run that ran fewer is mutate's bug.
   */
  async runMutant({ mutantId, tests, timeoutMs, hitLimit }: MutantRun): Promise<MutantRunOutcome> {
    const files = groupByFileInOrder(tests);
    // The time limit is for the tests: making each file's environment and loading its modules come on top.
    const deadline = performance.now() + timeoutMs + this.overheads.allowanceFor(files.map(({ file }) => file));
    const run = this.newRun({ active: mutantId, hitLimit, dryRun: false, bail: true, onlyTests: new Set(tests.map((test) => test.id)), deadline });
    let testsRun = 0;
    const removed: string[] = [];
    for (const { project, file, ids } of files) {
      const result = await this.runFiles([{ project: this.projectLabelled(project), path: file }], run);
      const record = run.files.get(file);
      if (result.hung || run.overLimit || run.timedOut) return { status: 'Timeout', testsRun: testsRun + (record?.tests.length ?? 0) };
      const outcome = judgeFile(record, result.loadErrors.get(file), ids, testsRun);
      if (outcome.kind === 'verdict') return outcome.outcome;
      if (outcome.notRun > 0) throw new MutateBug(`jest ran ${outcome.ran} of the ${ids.length} tests selected in ${file} for mutant ${mutantId}`);
      if (outcome.notCollected > 0) removed.push(`${outcome.notCollected} of ${ids.length} in ${file}`);
      testsRun += outcome.ran;
    }
    if (removed.length > 0) return { status: 'Survived', testsRun, message: `the mutant removed tests that cover it (${removed.join('; ')}): the suite passes without them` };
    return { status: 'Survived', testsRun };
  }

  async close(): Promise<void> {
    await this.tearDown();
    this.sandbox?.close();
    this.state.run = undefined;
    this.state.served.clear();
    for (const project of this.projects) this.state.projects.delete(project.context.config.id);
  }

  private async findTestFiles(): Promise<{ project: Project; path: string }[]> {
    const jest = await resolveProjectJest(this.root);
    return this.projects.flatMap((project) => {
      const search = new jest.core.SearchSource(project.context);
      return project.context.hasteFS
        .getAllFiles()
        .filter((path) => search.isTestFilePath(path))
        .sort()
        .map((path) => ({ project, path }));
    });
  }

  private projectLabelled(label: string | undefined): Project {
    const project = this.projects.find((candidate) => candidate.label === (label ?? ''));
    if (!project) throw new MutateBug(`the dry run named jest project '${label}', which this session does not have`);
    return project;
  }

  /**
   * Test files run in band in this thread, with the switchboard following `run`. A run past the
   * run's deadline (a test awaiting what never comes) is abandoned: the files not started are
   * cancelled and the tests not started skipped; if it still has not settled after a grace period,
   * the session is broken and the lab replaces the thread.
   */
  private async runFiles(files: readonly { project: Project; path: string }[], run: RunState): Promise<FilesRun> {
    const restoreEnv = this.reachChildProcesses(run);
    try {
      return await this.runFilesReached(files, run);
    } finally {
      restoreEnv();
    }
  }

  /**
   * Every Node process the run's tests start loads mutate's preload (through NODE_OPTIONS, which a
   * test environment copies as it is made): it runs the sandbox's instrumented copies with the run's
   * mutant, and reports what it reached into the run's directory, which the environment reads after
   * each test. Returns how to put the thread's environment back.
   */
  private reachChildProcesses(run: RunState): () => void {
    if (!run.childReports || !this.sandbox) return () => undefined;
    const before = { NODE_OPTIONS: process.env['NODE_OPTIONS'], [CHILD_ENV]: process.env[CHILD_ENV] };
    process.env['NODE_OPTIONS'] = [before.NODE_OPTIONS, `--import=${preloadUrl}`].filter(Boolean).join(' ');
    const hitLimit = Number.isFinite(run.hitLimit) ? run.hitLimit : null;
    process.env[CHILD_ENV] = JSON.stringify({ active: run.active, hitLimit, reports: run.childReports, root: this.sandbox.root, sandbox: this.sandbox.dir, switchboard: this.state.switchboard });
    return () => {
      for (const [name, value] of Object.entries(before)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    };
  }

  private newRun(options: Pick<RunState, 'active' | 'hitLimit' | 'dryRun' | 'bail' | 'onlyTests' | 'deadline'>): RunState {
    const childReports = this.sandbox ? join(this.sandbox.dir, '.reports', `${process.pid}-${threadId}-${++this.runs}`) : undefined;
    return { ...options, childReports, testsWithChildren: 0, files: new Map(), coverCounts: new Map(), hits: 0, overLimit: false, timedOut: false, failed: false };
  }

  private async runFilesReached(files: readonly { project: Project; path: string }[], run: RunState): Promise<FilesRun> {
    await this.fileEnvironments.prepare(files.map(({ project, path }) => ({ config: project.context.config, path })));
    this.state.run = run;
    this.loadErrors = new Map();
    this.interrupted = false;
    const tests: JestTest[] = files.map(({ project, path }) => ({ context: project.serving, path }));
    const running = this.runner.runTests(tests, { isInterrupted: () => this.interrupted }, { serial: true }).then(() => 'done' as const);
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<'hung'>((resolve) => {
      if (Number.isFinite(run.deadline)) timer = setTimeout(() => resolve('hung'), Math.max(run.deadline - performance.now(), 0));
    });
    const first = await Promise.race([running, watchdog]);
    clearTimeout(timer);
    if (first === 'hung') {
      this.interrupted = true;
      run.timedOut = true;
      const settled = await Promise.race([running.catch(() => 'done' as const), delay(SETTLE_GRACE_MS)]);
      if (settled === 'late') this.broken = true;
      this.state.run = undefined;
      return { hung: true };
    }
    this.state.run = undefined;
    return { hung: false, loadErrors: this.loadErrors };
  }
}

/** The project's own test environment class, loaded as jest loads it (through its transforms). */
async function loadEnvironment(jest: ProjectJest, config: Parameters<ProjectJest['transform']['createScriptTransformer']>[0]): Promise<EnvironmentClass> {
  const transformer = await jest.transform.createScriptTransformer(config);
  return transformer.requireAndTranspileModule<EnvironmentClass>(config.testEnvironment);
}

/** The projects' `globalSetup`; a failing one is the user's to fix, said without a stack trace. */
async function runGlobalSetup(jest: ProjectJest, globalConfig: GlobalConfig, configs: readonly ProjectConfig[]): Promise<void> {
  try {
    await runGlobalHook(jest, 'globalSetup', globalConfig, configs);
  } catch (error) {
    throw new UserError(`jest's globalSetup failed: ${clean((error as Error).message ?? String(error))}`, 'baseline');
  }
}

function clean(message: string): string {
  return message.replace(/\u001b\[[0-9;]*m/g, '').trim();
}

/** The runner module contract (`TestRunnerModule`): lets a lab worker load this runner by path. */
export function createTestRunner(options: TestRunnerOptions): Promise<TestRunner> {
  return JestSession.start(options);
}

/** The runner module contract: the lab worker loads the project's jest while the mutants are made. */
export async function prepare(root: string): Promise<void> {
  useTestEnvironment();
  await resolveProjectJest(root);
}

/**
 * `NODE_ENV=test` unless set, as jest's own command line has it: configs, transforms and code that
 * read it see what they see under `jest`. A lab worker's environment is its own: mutate's is untouched.
 */
function useTestEnvironment(): void {
  process.env['NODE_ENV'] ??= 'test';
}
