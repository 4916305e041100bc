import { fileURLToPath } from 'node:url';
import { keptAlivePool, servePlugin, type KeptAlivePool, type ServedFile } from '@mutate/vitest-runner';
import { createVitest } from 'vitest/node';
import type { TestSpecification, Vitest } from 'vitest/node';

const SWITCHBOARD_SETUP = fileURLToPath(new URL('./switchboard-setup.ts', import.meta.url));

/** What a run of the example's tests did: each test (file and full name) and how it ended. */
export type Outcomes = Record<string, string>;

/** A run that ended, or one that never would (an endless loop), stopped by a watchdog or the hit limit. */
export interface RunResult {
  readonly hung: boolean;
  readonly outcomes: Outcomes;
}

/** Far above the example's slowest run (~60 ms, a few seconds on a loaded machine), far below a test timeout. */
const WATCHDOG_MS = 10_000;
const HIT_LIMIT_MESSAGE = 'mutate: hit limit reached';

/**
 * The example project's own vitest, driven through its Node API from inside mutate's tests, with
 * chosen files served from memory. `served` can be changed between runs: `run` invalidates them.
 */
export class ExampleSession {
  private constructor(
    private readonly vitest: Vitest,
    private readonly pool: KeptAlivePool,
    private readonly served: Map<string, ServedFile>,
  ) {}

  static async start(root: string, served = new Map<string, ServedFile>()): Promise<ExampleSession> {
    const pool = keptAlivePool(import.meta.resolve('vitest/worker'), { refetchEachRun: true });
    // An empty reporter object: `reporters: []` makes vitest 4 fall back to a default reporter with no context.
    const vitest = await createVitest(
      'test',
      { root, watch: false, reporters: [{}], pool, maxWorkers: 1, setupFiles: [SWITCHBOARD_SETUP] },
      { plugins: [servePlugin(served)] },
    );
    return new ExampleSession(vitest, pool, served);
  }

  async specifications(): Promise<TestSpecification[]> {
    return (await this.vitest.globTestSpecifications()).toSorted((a, b) => a.moduleId.localeCompare(b.moduleId));
  }

  /** Serves `text` for `file` from the next run on (undefined: the file on disk again). */
  serve(file: string, served: ServedFile | undefined): void {
    if (served) this.served.set(file, served);
    else this.served.delete(file);
    // The server's module graphs forget the old text; the watcher's list tells the kept-alive worker's
    // module cache to drop it at the next run, as when a file changes in watch mode.
    this.vitest.invalidateFile(file);
    this.vitest.watcher.invalidates.add(file);
  }

  async run(specifications: readonly TestSpecification[], activeMutant = 0): Promise<Outcomes> {
    this.vitest.provide('activeMutant', activeMutant);
    const { testModules } = await this.vitest.runTestSpecifications([...specifications]);
    // vitest marks the process failed when a test fails; here failing tests are the expected data.
    process.exitCode = 0;
    const wanted = new Set(specifications.map((specification) => specification.moduleId));
    const outcomes: Outcomes = {};
    for (const testModule of testModules) {
      if (!wanted.has(testModule.moduleId)) continue;
      const moduleErrors = testModule.errors().map((error) => error.message);
      if (moduleErrors.length > 0) outcomes[testModule.moduleId] = `load error: ${moduleErrors.join('; ')}`;
      for (const test of testModule.children.allTests()) {
        const result = test.result();
        const messages = (result.errors ?? []).map((error) => error.message).join('; ');
        outcomes[`${testModule.moduleId} :: ${test.fullName}`] = messages ? `${result.state}: ${messages}` : result.state;
      }
    }
    return outcomes;
  }

  /** The same test files, as specifications of this session (a specification belongs to one vitest instance). */
  sameFiles(specifications: readonly TestSpecification[]): TestSpecification[] {
    const project = this.vitest.getRootProject();
    return specifications.map((specification) => project.createSpecification(specification.moduleId));
  }

  /**
   * Runs with a watchdog: a synchronous endless loop never lets vitest's test timeout fire, so the
   * worker thread is ended from outside. A run the switchboard's hit limit stopped counts as hung too.
   */
  async runGuarded(specifications: readonly TestSpecification[], activeMutant = 0): Promise<RunResult> {
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<'hung'>((resolveHung) => {
      timer = setTimeout(() => resolveHung('hung'), WATCHDOG_MS);
    });
    const run = this.run(specifications, activeMutant);
    const first = await Promise.race([run, watchdog]);
    clearTimeout(timer);
    if (first === 'hung') {
      await this.pool.terminateRunning();
      await this.vitest.cancelCurrentRun('keyboard-input');
      await run.catch(() => undefined);
      process.exitCode = 0;
      return { hung: true, outcomes: {} };
    }
    if (Object.values(first).some((outcome) => outcome.includes(HIT_LIMIT_MESSAGE))) return { hung: true, outcomes: {} };
    return { hung: false, outcomes: first };
  }

  async close(): Promise<void> {
    await this.vitest.close();
    await this.pool.dispose();
  }
}
