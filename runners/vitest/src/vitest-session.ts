import { addToGroup } from '@mutate/core/runner';
import type { DryRunFailure, DryRunResult, DryRunTest, MutantRun, MutantRunOutcome, TestRunner, TestRunnerOptions } from '@mutate/core/runner';
import type { TestCase, TestModule, TestSpecification, Vitest } from 'vitest/node';
import { keptAlivePool, type KeptAlivePool } from './kept-alive-pool.js';
import { resolveProjectVitest, type ProjectVitest } from './resolve-vitest.js';
import { servePlugin } from './serve-plugin.js';
import { HIT_LIMIT_MESSAGE, META, PROVIDE_KEY, writeSwitchboardSetup, type SwitchboardOptions } from './switchboard-setup.js';

type RunResult = { readonly hung: true } | { readonly hung: false; readonly modules: TestModule[] };

/**
 * One warm vitest instance of the user's project, serving the instrumented code, able to run any
 * chosen tests with any mutant switched on. Lives as long as the mutation run (or a pool worker).
 */
/** How long a cancelled run may take to settle before the session is given up. */
const SETTLE_GRACE_MS = 3_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export class VitestSession implements TestRunner {
  /** Set when a cancelled run never settled: the lab must start a new worker. */
  broken = false;

  private constructor(
    private readonly vitest: Vitest,
    private readonly pool: KeptAlivePool | undefined,
    /** vitest 4 and 5 select tests by id in a specification; vitest 3 needs the switchboard to skip the others. */
    private readonly selectsByTestIds: boolean,
  ) {}

  static async start({ root, served }: TestRunnerOptions): Promise<VitestSession> {
    const projectVitest = await resolveProjectVitest(root);
    const setupFile = writeSwitchboardSetup(projectVitest.entryUrl);
    // vitest 3 has no custom pool API: it gets the built-in threads pool (slower, same verdicts).
    const pool = projectVitest.major >= 4 && projectVitest.workerUrl ? keptAlivePool(projectVitest.workerUrl) : undefined;
    const vitest = await createProjectVitest(projectVitest, {
      root,
      watch: false,
      // An empty reporter: with `reporters: []` vitest 4 falls back to its default one.
      reporters: [{}],
      maxWorkers: 1,
      pool: pool ?? 'threads',
      // vitest's results cache orders a later `vitest run`; left on, every mutant's run would rewrite
      // it in the project's node_modules.
      cache: false,
      // Each test file gets fresh modules (vitest's default isolation): a module-level cache filled by
      // one test file must not hide, in the dry run, what another file's tests reach.
    }, servePlugin(served));
    const project = vitest.getRootProject();
    // Prepended, so the switchboard is in place before the project's own setup files import anything.
    project.config.setupFiles = [setupFile, ...project.config.setupFiles];
    return new VitestSession(vitest, pool, projectVitest.major >= 4);
  }

  async dryRun(): Promise<DryRunResult> {
    const started = performance.now();
    const specifications = await this.vitest.globTestSpecifications();
    const result = await this.run(specifications, { active: 0, hitLimit: Number.POSITIVE_INFINITY, countCovers: true, bail: false }, Number.POSITIVE_INFINITY);
    if (result.hung) throw new Error('the dry run never finished');
    const tests: DryRunTest[] = [];
    const failures: DryRunFailure[] = [];
    const staticCovered: Record<string, number[]> = {};
    const coverCounts: Record<number, number> = {};
    for (const module of result.modules) {
      for (const error of module.errors()) failures.push({ test: module.moduleId, message: error.message });
      const fileMeta = module.meta() as Record<string, unknown>;
      const staticIds = fileMeta[META.staticCovered] as number[] | undefined;
      if (staticIds?.length) staticCovered[module.moduleId] = staticIds;
      for (const [id, count] of Object.entries((fileMeta[META.coverCounts] as Record<string, number> | undefined) ?? {})) {
        coverCounts[Number(id)] = (coverCounts[Number(id)] ?? 0) + count;
      }
      for (const test of module.children.allTests()) {
        const outcome = test.result();
        if (outcome.state === 'failed') failures.push({ test: describeTest(test), message: outcome.errors?.[0]?.message ?? 'failed' });
        if (outcome.state !== 'passed') continue;
        const durationMs = test.diagnostic()?.duration ?? 0;
        tests.push({ id: test.id, file: module.moduleId, names: namesOf(test), durationMs, covered: (test.meta() as Record<string, number[] | undefined>)[META.covered] ?? [] });
      }
    }
    return { tests, staticCovered, coverCounts, failures, durationMs: performance.now() - started };
  }

  /**
   * Runs the mutant's tests file by file, the file with the fastest selected tests first, and stops
   * at the first failure. Each file run selects tests by id, never by name.
   */
  async runMutant({ mutantId, tests, timeoutMs, hitLimit }: MutantRun): Promise<MutantRunOutcome> {
    const deadline = performance.now() + timeoutMs;
    let testsRun = 0;
    // A file that fails to load runs no test: go on, another file's test may still fail (Killed);
    // if none does, no test detected the mutant and it is a RuntimeError, as StrykerJS has it.
    let loadFailure: string | undefined;
    for (const [file, ids] of groupByFileInOrder(tests)) {
      const project = this.vitest.getRootProject();
      const specification = this.selectsByTestIds ? project.createSpecification(file, { testIds: ids }) : project.createSpecification(file);
      const options: SwitchboardOptions = { active: mutantId, hitLimit, countCovers: false, bail: true, ...(this.selectsByTestIds ? {} : { onlyTests: ids }) };
      const result = await this.run([specification], options, deadline - performance.now());
      if (result.hung) return { status: 'Timeout', testsRun };
      for (const module of result.modules) {
        const loadError = module.errors()[0];
        if (loadError) loadFailure ??= `${module.moduleId} failed to load: ${loadError.message}`;
        for (const test of module.children.allTests()) {
          const outcome = test.result();
          if (outcome.state === 'skipped' || outcome.state === 'pending') continue;
          testsRun += 1;
          if ((test.meta() as Record<string, unknown>)[META.hitLimit]) return { status: 'Timeout', testsRun };
          if (outcome.state === 'failed') {
            const message = outcome.errors?.[0]?.message ?? 'failed';
            if (message.includes(HIT_LIMIT_MESSAGE)) return { status: 'Timeout', testsRun };
            return { status: 'Killed', killedBy: [test.id], message, testsRun };
          }
        }
      }
    }
    return loadFailure ? { status: 'RuntimeError', message: loadFailure, testsRun } : { status: 'Survived', testsRun };
  }

  async close(): Promise<void> {
    await this.vitest.close();
    await this.pool?.dispose();
  }

  /** One vitest run with a watchdog: a synchronous endless loop never lets vitest's own timeouts fire. */
  private async run(specifications: TestSpecification[], options: SwitchboardOptions, timeoutMs: number): Promise<RunResult> {
    this.vitest.provide(PROVIDE_KEY as never, options as never);
    const wanted = new Set(specifications.map((specification) => specification.moduleId));
    const run = this.vitest.runTestSpecifications(specifications);
    let timer: NodeJS.Timeout | undefined;
    const watchdog = new Promise<'hung'>((resolve) => {
      if (Number.isFinite(timeoutMs)) timer = setTimeout(() => resolve('hung'), Math.max(timeoutMs, 0));
    });
    const first = await Promise.race([run, watchdog]);
    clearTimeout(timer);
    // vitest marks the process failed when a test fails; under mutation that is the expected news.
    process.exitCode = 0;
    if (first === 'hung') {
      // Usually the run settles within milliseconds of its thread ending; if it (or the cancelling
      // itself) does not, this instance cannot be trusted with another run: the lab replaces the worker.
      const cleanUp = async () => {
        await this.pool?.terminateRunning();
        await this.vitest.cancelCurrentRun('keyboard-input');
        await run.catch(() => undefined);
        return true;
      };
      const settled = await Promise.race([cleanUp(), delay(SETTLE_GRACE_MS).then(() => false)]);
      if (!settled) this.broken = true;
      process.exitCode = 0;
      return { hung: true };
    }
    // `testModules` holds every module this instance ever ran: keep this run's.
    return { hung: false, modules: first.testModules.filter((module) => wanted.has(module.moduleId)) };
  }
}

/** Test ids grouped by file, files in the order their first test comes (the plan orders tests fastest first). */
function groupByFileInOrder(tests: MutantRun['tests']): [string, string[]][] {
  const byFile = new Map<string, string[]>();
  for (const { id, file } of tests) addToGroup(byFile, file, id);
  return [...byFile];
}

function namesOf(test: TestCase): string[] {
  const names = [test.name];
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) names.unshift(parent.name);
  return names;
}

function describeTest(test: TestCase): string {
  return `${test.module.moduleId} > ${namesOf(test).join(' > ')}`;
}

/** vitest 5 dropped the mode argument of `createVitest`. */
async function createProjectVitest(projectVitest: ProjectVitest, options: Record<string, unknown>, plugin: ReturnType<typeof servePlugin>): Promise<Vitest> {
  const createVitest = projectVitest.node.createVitest as (...args: unknown[]) => Promise<Vitest>;
  const viteOverrides = { plugins: [plugin] };
  return projectVitest.major >= 5 ? createVitest(options, viteOverrides) : createVitest('test', options, viteOverrides);
}

/** The runner module contract (`TestRunnerModule`): lets a pool worker load this runner by path. */
export function createTestRunner(options: TestRunnerOptions): Promise<TestRunner> {
  return VitestSession.start(options);
}

/** The runner module contract: the lab worker imports the project's vitest while the mutants are made. */
export async function prepare(root: string): Promise<void> {
  await resolveProjectVitest(root);
}
