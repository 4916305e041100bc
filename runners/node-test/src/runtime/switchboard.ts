// The switchboard the instrumented code reads (`globalThis.__mutate`) in a test file's process: the
// mutant under test, and the mutants reached by each test while its function runs (by every test
// then running, when tests run concurrently: a test may be given a mutant it did not reach, never
// lose one it did), or outside any test (static: as modules load, in hooks). Node processes a test
// starts report what they reached as they exit (`child-preload.ts`); the test gets it as it ends.
// Node built-ins only: it runs in the test file's process.
import { takeChildReports, type ChildReport, type ChildSettings } from '@mutate/child-processes/in-child';
import { HIT_LIMIT_MESSAGE, type FileRunReport, type FileRunSettings, type ReportedTest } from '../run-protocol.js';
import type { TestLifecycle } from './wrap-node-test.js';

interface TrackedTest {
  readonly names: readonly string[];
  readonly todo: boolean;
  readonly covered: Set<number>;
  childProcesses: number;
}

export class Switchboard implements TestLifecycle {
  private readonly tests = new Map<string, TrackedTest>();
  private readonly running = new Set<TrackedTest>();
  private readonly staticCovered = new Set<number>();
  private readonly coverCounts = new Map<number, number>();
  private readonly only: ReadonlySet<string> | undefined;
  private readonly hitLimit: number;
  private hits = 0;
  private overLimit = false;
  private failed = false;

  constructor(private readonly settings: FileRunSettings) {
    this.only = settings.only && new Set(settings.only);
    // The dry run's limit, Infinity, is null once in JSON.
    this.hitLimit = settings.hitLimit ?? Number.POSITIVE_INFINITY;
  }

  /** What the instrumented code calls. */
  api(): { active: number; cover(...ids: number[]): void; hit(): void } {
    return {
      active: this.settings.active,
      cover: (...ids) => {
        if (this.running.size === 0) for (const id of ids) this.staticCovered.add(id);
        else for (const test of this.running) for (const id of ids) test.covered.add(id);
        if (this.settings.dryRun) for (const id of ids) this.coverCounts.set(id, (this.coverCounts.get(id) ?? 0) + 1);
      },
      hit: () => {
        if (++this.hits > this.hitLimit) {
          this.overLimit = true;
          throw new Error(HIT_LIMIT_MESSAGE);
        }
      },
    };
  }

  /** The settings of the Node processes the tests start, which inherit them with NODE_OPTIONS: this run's mutant, its limit, and where to report. */
  childSettings(): ChildSettings | undefined {
    const { children, active, hitLimit, root, sandbox, switchboard } = this.settings;
    return children && { active, hitLimit, reports: children.reports, root, sandbox, switchboard };
  }

  defined({ key, names, todo }: { key: string; names: readonly string[]; todo: boolean }): void {
    this.tests.set(key, { names, todo, covered: new Set(), childProcesses: 0 });
  }

  selects(key: string): boolean {
    return !this.only || this.only.has(key);
  }

  started(key: string): boolean {
    const test = this.tests.get(key);
    if (!test || (this.settings.bail && this.failed)) return false;
    this.running.add(test);
    return true;
  }

  ended(key: string, failed: boolean): void {
    const test = this.tests.get(key);
    if (!test) return;
    // The processes that exited while tests ran: the tests running now started them.
    const reports = this.takeChildReports();
    test.childProcesses += reports.length;
    for (const report of reports) this.count(report, this.running);
    this.running.delete(test);
    if (failed && !test.todo) this.failed = true;
  }

  /** What the process saw, as it exits; processes that outlived their test count as static. */
  report(): FileRunReport {
    for (const report of this.takeChildReports()) this.count(report, new Set());
    const tests: ReportedTest[] = [...this.tests].map(([key, test]) => ({ key, names: test.names, todo: test.todo, covered: [...test.covered], childProcesses: test.childProcesses }));
    return { tests, staticCovered: [...this.staticCovered], coverCounts: Object.fromEntries(this.coverCounts), overLimit: this.overLimit };
  }

  private takeChildReports(): ChildReport[] {
    return this.settings.children ? takeChildReports(this.settings.children.reports) : [];
  }

  private count(report: ChildReport, tests: ReadonlySet<TrackedTest>): void {
    for (const [id, count] of Object.entries(report.coverCounts)) {
      if (tests.size === 0) this.staticCovered.add(Number(id));
      for (const test of tests) test.covered.add(Number(id));
      if (this.settings.dryRun) this.coverCounts.set(Number(id), (this.coverCounts.get(Number(id)) ?? 0) + count);
    }
    if (report.overLimit) this.overLimit = true;
  }
}
