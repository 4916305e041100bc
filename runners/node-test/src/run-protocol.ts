// What the session hands the preload of a test file's process (`runtime/node-test-preload.ts`), and
// what that process hands back as it exits. No imports: it runs in that process too.

/** The environment variable that carries `FileRunSettings` (JSON) to a test file's process; the preload removes it, so the processes a test starts never see it. */
export const RUN_ENV = 'MUTATE_NODE_TEST';

export interface FileRunSettings {
  /** The mutant under test (0: none, the dry run). */
  readonly active: number;
  /** null for none (Infinity in JSON). */
  readonly hitLimit: number | null;
  /** Dry run: count how often each mutant's original code runs. */
  readonly dryRun: boolean;
  /** The keys (`test-key.ts`) of the tests to run; every other test is skipped. All tests when absent. */
  readonly only?: readonly string[];
  /** Once a test fails the mutant is killed: skip the tests that come after it. */
  readonly bail: boolean;
  /** Where the process writes its `FileRunReport` as it exits. */
  readonly report: string;
  readonly root: string;
  readonly sandbox: string;
  /** The switchboard's name on `globalThis` (`SWITCHBOARD`: `__mutate` but when mutate tests itself). */
  readonly switchboard: string;
  /**
   * Node processes the tests start (a CLI they spawn) load `child-preload.js` and report into this
   * directory; undefined with `childProcesses: false` (they then run the project's own files).
   */
  readonly children?: { readonly reports: string };
}

/** A test as the preload saw it defined: the names of its suites and itself, and what it reached. */
export interface ReportedTest {
  readonly key: string;
  readonly names: readonly string[];
  /** A `todo` test: it runs, but its failure fails nothing. */
  readonly todo: boolean;
  /** Mutant ids reached while it ran, here and in the processes it started. */
  readonly covered: readonly number[];
  /** How many Node processes it started that ran mutate's child preload. */
  readonly childProcesses: number;
}

export interface FileRunReport {
  readonly tests: readonly ReportedTest[];
  /** Mutant ids reached outside any test: as modules load, in hooks. */
  readonly staticCovered: readonly number[];
  /** Dry run: how often each mutant's original code ran. */
  readonly coverCounts: Readonly<Record<number, number>>;
  /** The active mutant ran past its hit limit, here or in a process a test started (an endless loop). */
  readonly overLimit: boolean;
}

export const HIT_LIMIT_MESSAGE = 'mutate: the mutant ran more often than its hit limit (an endless loop?)';
