/**
 * What core needs from a test runner (vitest today; jest, node:test later). Core knows no concrete
 * runner: a runner package implements these types, and everything crossing them is plain data.
 */

/** A test's identity: its file and the names of its suites and itself, outermost first. Never a regex over joined names. */
export interface TestIdentity {
  /** The runner's stable id for the test (vitest: a hash of file, project and position). */
  readonly id: string;
  /** Absolute path of the test file. */
  readonly file: string;
  /** The group of tests the runner runs it in (vitest: the project's name; '' for a project with none). */
  readonly project?: string;
  readonly names: readonly string[];
}

export interface DryRunTest extends TestIdentity {
  readonly durationMs: number;
  /**
   * How much of `durationMs` the test spent waiting with its thread idle (a real timer, I/O), when
   * the runner can tell: mutants whose tests mostly wait run beside others (`plan.ts`'s `load`).
   */
  readonly idleMs?: number;
  /** Mutant ids the test reached while it ran. */
  readonly covered: readonly number[];
}

export interface DryRunFailure {
  readonly test: string;
  readonly message: string;
}

export interface DryRunResult {
  readonly tests: readonly DryRunTest[];
  /**
   * By test file: the mutant ids reached while it loaded, outside any test (module-level code,
   * hooks). Such a mutant may change state that every test of that file sees.
   */
  readonly staticCovered: Readonly<Record<string, readonly number[]>>;
  /**
   * By test file: every file its imports reached (absolute paths). A module shared by several test
   * files may load once for all of them (vitest's `isolate: false`), and so reach the static mutants
   * of its file for the first test file only; each of them sees what those mutants change.
   */
  readonly loadedFiles?: Readonly<Record<string, readonly string[]>>;
  /** How often each mutant's original code ran in the whole dry run, for the hit limit. */
  readonly coverCounts: Readonly<Record<number, number>>;
  /** Tests that failed with no mutant active, and test files that failed to load. */
  readonly failures: readonly DryRunFailure[];
  readonly durationMs: number;
  /** What the user should know about how the tests were run (a project left out, and why). */
  readonly notices?: readonly string[];
}

export interface MutantRun {
  /**
   * The switchboard's `active`. Negative: the explanation probe of mutant `-mutantId` (`explain/`),
   * which behaves as the original: the tests pass, and the verdict is not used. Far below (`isProbeLayer`):
   * a layer of probes at once (the explain pass's shared runs).
   */
  readonly mutantId: number;
  /** The tests to run, fastest first, with their files (so a fresh runner needs no dry run); the run stops at the first failure. */
  readonly tests: readonly Pick<TestIdentity, 'id' | 'file' | 'project'>[];
  /** Past this the mutant is a Timeout. */
  readonly timeoutMs: number;
  /** Past this many executions of the mutant's code, the run ends as a Timeout (an endless loop). */
  readonly hitLimit: number;
}

export type MutantRunOutcome =
  | { readonly status: 'Killed'; readonly killedBy: readonly string[]; readonly message: string; readonly testsRun: number }
  /** `message`: why fewer tests ran than were selected, when the mutant itself removed them (a table tests are made from). */
  | { readonly status: 'Survived'; readonly testsRun: number; readonly message?: string }
  | { readonly status: 'Timeout'; readonly testsRun: number }
  | { readonly status: 'RuntimeError'; readonly message: string; readonly testsRun: number };

export interface TestRunnerOptions {
  /** The project directory. */
  readonly root: string;
  /** The runner's own settings from the config (vitest: `configFile`, `project`), as plain data. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /**
   * A directory of the run's own, outside the project, where the runner may write what it needs
   * (vitest: the sandbox of instrumented copies for the processes tests start). Removed after the run.
   */
  readonly scratchDir?: string;
}

/** The files a runner runs as tests, and how to find them again without it. */
export interface TestFiles {
  /** Absolute paths. */
  readonly files: readonly string[];
  /** Glob patterns that find them (tinyglobby's, from `cwd`): a rerun spots a new test file without starting the runner. */
  readonly patterns: readonly { readonly cwd: string; readonly include: readonly string[]; readonly exclude: readonly string[] }[];
  /** The runner's own config files (absolute), and those it would read if they appeared: a change to one can change any verdict. */
  readonly configFiles: readonly string[];
  /** The runner runs the whole suite or nothing (a test command): its dry run is not shared among the workers. */
  readonly runsWhole?: boolean;
}

/** Instrumented text by absolute path, served to the tests instead of the files on disk. */
export type ServedFiles = ReadonlyMap<string, { readonly code: string; readonly map?: unknown }>;

/** An instrumented file as the runner will be served it: absolute path and code. */
export interface InstrumentedCode {
  readonly path: string;
  readonly code: string;
}

/** An instrumented file that does not compile: its absolute path, the compiler's message, the line in the instrumented code. */
export interface CompileProblem {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
}

/** What a runner package exports, so a worker can load it by path. */
export interface TestRunnerModule {
  /**
   * Optional: load what a runner for `root` needs before the instrumented files exist (the lab
   * starts while they are being made), e.g. the project's test framework. A failure here is
   * reported by the first task.
   */
  prepare?(root: string): Promise<void>;
  /** Starts the runner on the project; it runs nothing before `serve` hands it the instrumented files. */
  createTestRunner(options: TestRunnerOptions): Promise<TestRunner>;
  /**
   * Optional: compiles instrumented files the way the runner will (vitest: the project's own vite),
   * before they are served, and returns those that fail. A module function, not a `TestRunner`
   * method: it needs the project's compiler, not a started runner.
   */
  compile?(root: string, files: readonly InstrumentedCode[]): Promise<readonly CompileProblem[]>;
}

export interface TestRunner {
  /** True when the runner cannot be trusted with another run (a hung run that never settled): its worker is replaced. */
  readonly broken?: boolean;
  /**
   * Absolute paths of the files the runner runs as tests (whatever their names), which must never be
   * mutated. Answered before `serve`, so mutants are made only for the real sources.
   */
  testFiles(): Promise<TestFiles>;
  /** The instrumented files; from now on the tests see them instead of the files on disk. */
  serve(files: ServedFiles): void;
  /**
   * Every test once, no mutant active; only those of `testFiles` (absolute paths, as `testFiles()`
   * names them) when given: the lab shares the dry run among its workers.
   */
  dryRun(testFiles?: readonly string[]): Promise<DryRunResult>;
  runMutant(run: MutantRun): Promise<MutantRunOutcome>;
  close(): Promise<void>;
}
