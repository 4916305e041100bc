// What the switchboard of a test hands the Node processes the test starts (`child-preload.ts`), and
// what they hand back. Node built-ins only, no imports: it runs in those processes too.

/** The environment variable that carries `ChildSettings` (JSON) to a child process. */
export const CHILD_ENV = 'MUTATE_CHILD_PROCESS';

export interface ChildSettings {
  /** The mutant under test (0: none, the dry run). */
  readonly active: number;
  /** null for none (Infinity in JSON). */
  readonly hitLimit: number | null;
  /** The directory where each process writes its `ChildReport` as it exits (one per test). */
  readonly reports: string;
  /** The project root, and the sandbox that holds the instrumented copies of its files with mutants. */
  readonly root: string;
  readonly sandbox: string;
  /** The switchboard's name on `globalThis` (`SWITCHBOARD`: `__mutate` but when mutate tests itself). */
  readonly switchboard?: string;
}

export interface ChildReport {
  /** How often the process ran each mutant's original code, by mutant id. */
  readonly coverCounts: Readonly<Record<number, number>>;
  /** The active mutant's code ran. */
  readonly reached: boolean;
  /** It ran past the hit limit (an endless loop): the test is a Timeout, as in the test's own thread. */
  readonly overLimit: boolean;
}

export const HIT_LIMIT_MESSAGE_IN_CHILD = 'mutate: the mutant ran more often than its hit limit in a child process (an endless loop?)';
