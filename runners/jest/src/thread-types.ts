// Types shared by the runner (ESM, in the lab thread) and the code jest loads by path in the same
// thread (the environment and the transformer, CommonJS): they meet through `thread-state.cts`.

/** What one run (the dry run, or one mutant's tests) asks of the switchboard, and what it saw. */
export interface RunState {
  readonly active: number;
  readonly hitLimit: number;
  /** Dry run only: count how often each mutant's original code runs. */
  readonly dryRun: boolean;
  /** Mutant runs: once a test fails the mutant is killed, so the remaining tests are skipped. */
  readonly bail: boolean;
  /** The test ids to run; every other test of the file is skipped (all run when absent). */
  readonly onlyTests: ReadonlySet<string> | undefined;
  /** `performance.now()` past which the run is a Timeout: a probe throws once it is passed. */
  readonly deadline: number;
  /** By test file (absolute path): what its run saw. */
  readonly files: Map<string, FileRecord>;
  readonly coverCounts: Map<number, number>;
  /**
   * Where the Node processes this run's tests start (a CLI they spawn) report what they reached
   * (`@mutate/child-processes`); absent when they are left alone.
   */
  readonly childReports: string | undefined;
  /** How many tests started such processes (dry run). */
  testsWithChildren: number;
  hits: number;
  overLimit: boolean;
  timedOut: boolean;
  failed: boolean;
}

export interface FileRecord {
  /** Mutant ids reached outside any test (module load, `beforeAll`). */
  readonly staticCovered: Set<number>;
  /** Every test id the file collected in this run, run or not. */
  readonly collected: Set<string>;
  /** The tests that ran, in the order they ended. */
  readonly tests: TestRecord[];
}

export interface TestRecord {
  readonly id: string;
  readonly names: readonly string[];
  readonly durationMs: number;
  readonly covered: readonly number[];
  /** Why the test failed; absent when it passed. */
  readonly failure?: string;
}

/** A test environment class, as jest constructs it. */
export type EnvironmentClass = new (config: EnvironmentConfig, context: EnvironmentContext) => JestEnvironment;

export interface EnvironmentConfig {
  readonly projectConfig: { readonly id: string; readonly rootDir: string };
}

export interface EnvironmentContext {
  readonly testPath: string;
}

export interface JestEnvironment {
  global: Record<string, unknown>;
  handleTestEvent?(event: CircusEvent, state: CircusState): unknown;
}

export interface CircusEvent {
  readonly name: string;
  readonly test?: CircusTest;
}

export interface CircusState {
  readonly rootDescribeBlock: CircusBlock;
}

export interface CircusBlock {
  readonly type: 'describeBlock';
  readonly name: string;
  readonly parent?: CircusBlock;
  readonly children: readonly (CircusBlock | CircusTest)[];
  mode?: string;
}

export interface CircusTest {
  readonly type: 'test';
  readonly name: string;
  readonly parent: CircusBlock;
  /** `'skip'`, `'only'`, `'todo'`, or undefined: setting it to `'skip'` before the test starts skips it. */
  mode?: string;
  readonly errors: readonly unknown[];
}

/** Per jest project (its config's `id`): what the environment needs to know. */
export interface ProjectEntry {
  /** The project's own environment (`testEnvironment`), which mutate's wraps. */
  readonly environment: EnvironmentClass;
  /** Prefix of the project's test ids: '' for a single project. */
  readonly label: string;
}

/** What the lab thread shares with the environment and transformer jest loads in it. */
export interface ThreadState {
  /** The global the instrumented code reads (core's `SWITCHBOARD`: `__mutate`, unless mutate is testing itself). */
  switchboard: string;
  /** Instrumented code by absolute path. */
  readonly served: Map<string, string>;
  readonly projects: Map<string, ProjectEntry>;
  run: RunState | undefined;
  /** Reads and removes the reports in a directory (`takeChildReports` of `@mutate/child-processes/in-child`). */
  takeChildReports: (dir: string) => readonly ChildReport[];
}

/** What a Node process a test started reports as it exits (`@mutate/child-processes`' `ChildReport`). */
export interface ChildReport {
  readonly coverCounts: Readonly<Record<number, number>>;
  readonly reached: boolean;
  readonly overLimit: boolean;
}
