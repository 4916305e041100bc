// The test environment mutate gives every jest project: it builds the project's own environment
// (node, jsdom, a custom one) and adds to it the switchboard the instrumented code reads
// (`globalThis.__mutate` of the test's global) and a handler of jest-circus's events that records,
// per test, the mutants it reached, and skips the tests a run did not select. jest loads it by path
// in the lab thread; it reads the run's options from `thread-state.cts`.
import threadStateModule = require('./thread-state.cjs');
import testIdsModule = require('./test-ids.cjs');
import type { CircusEvent, CircusState, CircusTest, EnvironmentClass, EnvironmentConfig, EnvironmentContext, FileRecord, JestEnvironment, RunState, ThreadState } from './thread-types.js';

const HIT_LIMIT_MESSAGE = 'mutate: the mutant ran more often than its hit limit (an endless loop?)';
const TIMED_OUT_MESSAGE = 'mutate: the mutant ran past its time limit';
/** Probes look at the clock every so many calls: a synchronous endless loop never lets a timer fire. */
const CLOCK_EVERY = 1024;

/**
 * The environment class jest constructs: it makes the project's environment (`Inner`, else the
 * project's `testEnvironment` prepared in the thread state) and returns it with the switchboard
 * installed and its event handler wrapped.
 */
function wrapping(Inner?: EnvironmentClass): EnvironmentClass {
  return function MutateEnvironment(config: EnvironmentConfig, context: EnvironmentContext): JestEnvironment {
    const state = threadStateModule.threadState();
    const project = state.projects.get(config.projectConfig.id);
    const Environment = Inner ?? project?.environment;
    if (!project || !Environment) throw new Error(`mutate: no test environment prepared for the jest project ${config.projectConfig.rootDir}`);
    const environment = new Environment(config, context);
    const run = state.run;
    // A file run outside mutate's runs (none here) gets the inert switchboard of the instrumented header.
    if (!run) return environment;
    const file = relativePosix(config.projectConfig.rootDir, context.testPath);
    const recorder = new FileRecorder(run, context.testPath, project.label, file, environment.global, state.takeChildReports);
    environment.global[state.switchboard] = recorder.switchboard;
    const own = environment.handleTestEvent;
    environment.handleTestEvent = (event, circusState) => {
      recorder.handle(event, circusState);
      return own?.call(environment, event, circusState);
    };
    return environment;
  } as unknown as EnvironmentClass;
}

/** What one test file's run saw: coverage by test, the tests that ran and how. */
class FileRecorder {
  private readonly record: FileRecord = { staticCovered: new Set(), collected: new Set(), tests: [] };
  private ids = new Map<CircusTest, { id: string; names: string[] }>();
  private current: { test: CircusTest; covered: Set<number>; started: number } | undefined;
  private calls = 0;
  readonly switchboard: { active: number; cover(...ids: number[]): void; hit(): void };

  constructor(
    private readonly run: RunState,
    testPath: string,
    private readonly label: string,
    private readonly file: string,
    testGlobal: Record<string, unknown>,
    private readonly takeChildReports: ThreadState['takeChildReports'],
  ) {
    run.files.set(testPath, this.record);
    // Thrown in the test's own realm, so jest sees an ordinary Error of the test.
    const TestError = (testGlobal['Error'] as ErrorConstructor | undefined) ?? Error;
    const stop = () => {
      if (run.overLimit) throw new TestError(HIT_LIMIT_MESSAGE);
      if (run.timedOut) throw new TestError(TIMED_OUT_MESSAGE);
      if (++this.calls % CLOCK_EVERY === 0 && performance.now() > run.deadline) {
        run.timedOut = true;
        throw new TestError(TIMED_OUT_MESSAGE);
      }
    };
    this.switchboard = {
      active: run.active,
      cover: (...ids: number[]) => {
        stop();
        const target = this.current?.covered ?? this.record.staticCovered;
        for (const id of ids) {
          target.add(id);
          if (run.dryRun) run.coverCounts.set(id, (run.coverCounts.get(id) ?? 0) + 1);
        }
      },
      hit: () => {
        stop();
        if (++run.hits > run.hitLimit) {
          run.overLimit = true;
          throw new TestError(HIT_LIMIT_MESSAGE);
        }
      },
    };
  }

  handle(event: CircusEvent, state: CircusState): void {
    switch (event.name) {
      case 'run_start':
        return this.collected(state);
      case 'test_start':
        return this.started(event.test!);
      case 'test_skip':
      case 'test_todo':
        this.current = undefined;
        return;
      case 'test_done':
        return this.done(event.test!);
    }
  }

  /** Every test is collected by now: name them, and skip those the run did not select (their hooks too). */
  private collected(state: CircusState): void {
    this.ids = testIdsModule.testIdsOf(state.rootDescribeBlock, this.label, this.file);
    for (const [test, { id }] of this.ids) {
      this.record.collected.add(id);
      if (this.run.onlyTests && !this.run.onlyTests.has(id)) test.mode = 'skip';
    }
  }

  private started(test: CircusTest): void {
    // What processes started outside any test (module load, `beforeAll`) reached is the file's.
    this.collectChildReports(this.record.staticCovered);
    // A killed mutant needs no more tests; nor does one past its limits.
    if ((this.run.bail && this.run.failed) || this.run.overLimit || this.run.timedOut) test.mode = 'skip';
    this.current = test.mode === 'skip' || test.mode === 'todo' ? undefined : { test, covered: new Set(), started: performance.now() };
  }

  private done(test: CircusTest): void {
    const current = this.current;
    this.current = undefined;
    if (current?.test !== test) return;
    const named = this.ids.get(test);
    if (!named) return;
    if (this.collectChildReports(current.covered) > 0) this.run.testsWithChildren += 1;
    const failure = test.errors.length > 0 ? test.errors.map(describeError).join('\n\n') : undefined;
    if (failure !== undefined) this.run.failed = true;
    this.record.tests.push({
      id: named.id,
      names: named.names,
      durationMs: performance.now() - current.started,
      covered: [...current.covered],
      ...(failure !== undefined ? { failure } : {}),
    });
  }

  /**
   * What the Node processes started so far reported as they exited (`@mutate/child-processes`):
   * the mutants they reached count as reached here, their hits against the hit limit. How many reported.
   */
  private collectChildReports(target: Set<number>): number {
    if (!this.run.childReports) return 0;
    const reports = this.takeChildReports(this.run.childReports);
    for (const report of reports) {
      for (const [id, count] of Object.entries(report.coverCounts)) {
        target.add(Number(id));
        if (this.run.dryRun) this.run.coverCounts.set(Number(id), (this.run.coverCounts.get(Number(id)) ?? 0) + count);
      }
      if (report.reached) this.run.hits += 1;
      if (report.overLimit) this.run.overLimit = true;
    }
    return reports.length;
  }
}

/** A circus test error: an error, or a pair of the error and the stack of where the test was declared. */
function describeError(entry: unknown): string {
  const [error, asyncError] = Array.isArray(entry) ? entry : [entry, undefined];
  const message = messageOf(error) ?? messageOf(asyncError) ?? String(error);
  return message.replace(/\u001b\[[0-9;]*m/g, '');
}

function messageOf(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'message' in error && typeof error.message === 'string' && error.message) return error.message;
  return undefined;
}

function relativePosix(root: string, path: string): string {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return (path.startsWith(prefix) ? path.slice(prefix.length) : path).split('\\').join('/');
}

// jest constructs the default export; the runner wraps a test file's own environment (a
// `@jest-environment` comment) with `wrapping`.
export = Object.assign(wrapping(), { wrapping });
