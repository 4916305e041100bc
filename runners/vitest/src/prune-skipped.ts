// Runs inside a kept-alive test worker. A mutant's run selects a few tests of a test file, and vitest
// still collects all of them and reports the others as skipped: for a file of 343 tests, 150 KB of
// task tree cross to the main thread in every run, which builds state and report objects for each.
// mutate reads only the tests it selected, so the tests that vitest's filter skipped are cut out of
// what the worker reports, before it is sent.

interface Task {
  readonly id: string;
  readonly type: string;
  readonly mode?: string;
  tasks?: Task[];
  /** Back-references: a copy must point at the copies, or the whole original tree would be sent along. */
  suite?: Task;
  file?: Task;
}

interface RpcCall {
  readonly t?: string;
  readonly m?: string;
  readonly a?: unknown[];
}

/**
 * Cuts the skipped tests (and suites left empty) out of the worker's reports; what it cut is
 * remembered for the updates that follow. `onlyTests`: where vitest cannot select tests by id
 * (4.0), the tests the switchboard will run; every other test is skipped too.
 */
export class SkippedTestPruner {
  private readonly cut = new Set<string>();

  constructor(private readonly onlyTests?: ReadonlySet<string>) {}

  private skipped(task: Task): boolean {
    return task.type === 'test' && (task.mode === 'skip' || (this.onlyTests !== undefined && !this.onlyTests.has(task.id)));
  }

  /** The message as it should be sent: the same object when there is nothing to cut. */
  prune(message: unknown): unknown {
    const call = message as RpcCall;
    if (call?.t !== 'q' || !Array.isArray(call.a)) return message;
    if (call.m === 'onCollected' && Array.isArray(call.a[0])) {
      const files = call.a[0] as Task[];
      if (!files.some((file) => this.hasSkipped(file))) return message;
      return { ...call, a: [files.map((file) => this.pruneTask(file, undefined, undefined)), ...call.a.slice(1)] };
    }
    if (call.m === 'onTaskUpdate' && this.cut.size > 0 && Array.isArray(call.a[0])) {
      const [packs, events, ...rest] = call.a as [[string, ...unknown[]][], [string, ...unknown[]][] | undefined, ...unknown[]];
      const keep = <T extends [string, ...unknown[]]>(entries: T[] | undefined) => entries?.filter(([id]) => !this.cut.has(id));
      return { ...call, a: [keep(packs), keep(events), ...rest] };
    }
    return message;
  }

  private hasSkipped(task: Task): boolean {
    return this.skipped(task) || (task.tasks ?? []).some((child) => this.hasSkipped(child));
  }

  /** A copy of the task without its skipped tests and the suites they leave empty, linked to its copied parent and file. */
  private pruneTask(task: Task, parent: Task | undefined, file: Task | undefined): Task {
    const copy: Task = { ...task, ...(parent ? { suite: parent } : {}), ...(file ? { file } : {}) };
    // The file task is its own file.
    if (task.file === task) copy.file = copy;
    if (!task.tasks) return copy;
    const tasks: Task[] = [];
    for (const child of task.tasks) {
      const kept = this.skipped(child) ? undefined : this.pruneTask(child, copy, file ?? copy);
      if (kept && (kept.type === 'test' || (kept.tasks?.length ?? 0) > 0)) tasks.push(kept);
      else this.cut.add(child.id);
    }
    copy.tasks = tasks;
    return copy;
  }
}
