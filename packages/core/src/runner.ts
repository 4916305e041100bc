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
  readonly names: readonly string[];
}

export interface DryRunTest extends TestIdentity {
  readonly durationMs: number;
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
  /** How often each mutant's original code ran in the whole dry run, for the hit limit. */
  readonly coverCounts: Readonly<Record<number, number>>;
  /** Tests that failed with no mutant active, and test files that failed to load. */
  readonly failures: readonly DryRunFailure[];
  readonly durationMs: number;
}

export interface MutantRun {
  readonly mutantId: number;
  /** The tests to run, fastest first, with their files (so a fresh runner needs no dry run); the run stops at the first failure. */
  readonly tests: readonly Pick<TestIdentity, 'id' | 'file'>[];
  /** Past this the mutant is a Timeout. */
  readonly timeoutMs: number;
  /** Past this many executions of the mutant's code, the run ends as a Timeout (an endless loop). */
  readonly hitLimit: number;
}

export type MutantRunOutcome =
  | { readonly status: 'Killed'; readonly killedBy: readonly string[]; readonly message: string; readonly testsRun: number }
  | { readonly status: 'Survived'; readonly testsRun: number }
  | { readonly status: 'Timeout'; readonly testsRun: number }
  | { readonly status: 'RuntimeError'; readonly message: string; readonly testsRun: number };

export interface TestRunnerOptions {
  /** The project directory. */
  readonly root: string;
  /** Instrumented text by absolute path, served to the tests instead of the files on disk. */
  readonly served: ReadonlyMap<string, { readonly code: string; readonly map?: unknown }>;
}

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
  createTestRunner(options: TestRunnerOptions): Promise<TestRunner>;
  /**
   * Optional: compiles instrumented files the way the runner will (vitest: the project's own vite),
   * before they are served, and returns those that fail. A module function, not a `TestRunner`
   * method: a runner is created with the served files, and these are checked before there are any.
   */
  compile?(root: string, files: readonly InstrumentedCode[]): Promise<readonly CompileProblem[]>;
}

export interface TestRunner {
  /** True when the runner cannot be trusted with another run (a hung run that never settled): its worker is replaced. */
  readonly broken?: boolean;
  dryRun(): Promise<DryRunResult>;
  runMutant(run: MutantRun): Promise<MutantRunOutcome>;
  close(): Promise<void>;
}
