// What one test file's run showed, as plain data: read from vitest's reported `TestModule` after a
// run through vitest's main thread, or from the worker's own task tree after a replayed run
// (`replay.ts`), which never reaches vitest's main thread. The session judges both alike.
import type { TestModule } from 'vitest/node';

/** An error as vitest reports it: serialized, so only plain fields. */
export interface ReportedError {
  readonly message?: string;
  readonly name?: string;
  readonly stack?: string;
  /** A code frame (esbuild and Vite transform errors). */
  readonly frame?: string;
  readonly id?: string;
  readonly loc?: { readonly file?: string; readonly line?: number; readonly column?: number };
  /** An unhandled error's test file and test, as vitest's worker marks it. */
  readonly VITEST_TEST_PATH?: string;
  readonly VITEST_TEST_NAME?: string;
}

/** vitest's states of a test case (`TestCase.result().state`). */
export type TestState = 'passed' | 'failed' | 'skipped' | 'pending';

export interface TestReport {
  readonly id: string;
  readonly state: TestState;
  readonly errors: readonly ReportedError[];
  readonly meta: Readonly<Record<string, unknown>>;
}

export interface FileReport {
  readonly moduleId: string;
  /** In the order they ran. */
  readonly tests: readonly TestReport[];
  /** The file's own errors: it failed to load, or a file-level hook failed. */
  readonly errors: readonly ReportedError[];
  /** The errors of the first suite (the file first) whose hook failed, if any. */
  readonly hookErrors: readonly ReportedError[];
  /** Errors thrown where no test awaited them, during the file's run: `vitest run` fails for them. */
  readonly unhandledErrors: readonly ReportedError[];
}

/** A test file's report from what vitest's main thread gathered, with the unhandled errors of its run. */
export function reportOfModule(module: TestModule, unhandledErrors: readonly ReportedError[] = []): FileReport {
  const tests = [...module.children.allTests()].map((test): TestReport => {
    const result = test.result();
    return { id: test.id, state: result.state, errors: result.errors ?? [], meta: test.meta() as Record<string, unknown> };
  });
  let hookErrors: readonly ReportedError[] = [];
  for (const suite of [module, ...module.children.allSuites()]) {
    const errors = suite.errors();
    if (errors.length > 0) {
      hookErrors = errors;
      break;
    }
  }
  return { moduleId: module.moduleId, tests, errors: module.errors(), hookErrors, unhandledErrors };
}

/** A task of vitest's runner, as a worker holds it (`File`, `Suite`, `Test`). */
export interface RunnerTask {
  readonly id: string;
  readonly type: string;
  readonly mode?: string;
  readonly filepath?: string;
  readonly tasks?: readonly RunnerTask[];
  readonly result?: { readonly state?: string; readonly errors?: readonly ReportedError[] };
  readonly meta?: Record<string, unknown>;
}

/** What a task's latest update said: its result and meta (vitest's `onTaskUpdate` packs). */
export type TaskUpdate = readonly [result: RunnerTask['result'], meta: RunnerTask['meta']];

/** A test file's report from the worker's task tree and the updates it sent, as vitest's `TestCase.result()` reads them. */
export function reportOfTasks(file: RunnerTask, updates: ReadonlyMap<string, TaskUpdate>, unhandledErrors: readonly ReportedError[] = []): FileReport {
  const resultOf = (task: RunnerTask) => (updates.has(task.id) ? updates.get(task.id)![0] : task.result);
  const tests: TestReport[] = [];
  let hookErrors: readonly ReportedError[] = [];
  const visit = (task: RunnerTask) => {
    const result = resultOf(task);
    if (task.type === 'test') {
      tests.push({ id: task.id, state: stateOf(task.mode, result?.state), errors: result?.errors ?? [], meta: (updates.get(task.id)?.[1] ?? task.meta) ?? {} });
      return;
    }
    if (hookErrors.length === 0 && result?.errors?.length) hookErrors = result.errors;
    for (const child of task.tasks ?? []) visit(child);
  };
  visit(file);
  return { moduleId: file.filepath ?? file.id, tests, errors: resultOf(file)?.errors ?? [], hookErrors, unhandledErrors };
}

function stateOf(mode: string | undefined, state: string | undefined): TestState {
  if (state === undefined) return mode === 'skip' || mode === 'todo' ? 'skipped' : 'pending';
  if (state === 'run' || state === 'queued') return 'pending';
  return state === 'fail' ? 'failed' : state === 'pass' ? 'passed' : 'skipped';
}
