import { relative, join } from 'node:path';
import { rmSync } from 'node:fs';
import { FileOverheads, groupByFileInOrder, sumOf, SWITCHBOARD } from '@mutate/core/runner';
import type { DryRunFailure, DryRunResult, DryRunTest, MutantRun, MutantRunOutcome, ServedFiles, TestFiles, TestRunner, TestRunnerOptions } from '@mutate/core/runner';
import { ChildSandbox } from '@mutate/child-processes';
import { dryRunOfFile, mutantVerdictOfFile, type FileDryRun } from './file-verdicts.js';
import { runTestFile, type FileRun } from './run-file.js';
import type { FileRunSettings } from './run-protocol.js';
import { testPlanOf, type NodeTestSettings, type TestPlan } from './test-files.js';

/**
 * node:test on the user's project: each test file runs in a Node process of its own, as under
 * `node --test`, loading the instrumented copies of the sources from the sandbox, with the mutant
 * under test switched on and only the tests it needs. A process costs its start-up per file and
 * mutant, and leaves nothing behind: no worker state to keep clean.
 */
/** A file process's start, load and exit, before this worker has measured any (about 0.25 s on 2 cores). */
const UNMEASURED_OVERHEAD_MS = 500;

export class NodeTestSession implements TestRunner {
  private runs = 0;
  /** By test file: the time its process took in the dry run beyond its tests' own. */
  private readonly overheads = new FileOverheads(UNMEASURED_OVERHEAD_MS);

  private constructor(
    private readonly root: string,
    private readonly plan: TestPlan,
    private readonly sandbox: ChildSandbox,
    /** The config's `sandbox` (`--no-sandbox`: false): whether the Node processes tests start are reached. */
    private readonly reachChildProcesses: boolean,
  ) {}

  static async start({ root, settings, scratchDir }: TestRunnerOptions): Promise<NodeTestSession> {
    const plan = testPlanOf(root, (settings ?? {}) as NodeTestSettings);
    return new NodeTestSession(root, plan, await ChildSandbox.create(root, scratchDir), settings?.['childProcesses'] !== false);
  }

  async testFiles(): Promise<TestFiles> {
    return this.plan.files;
  }

  serve(files: ServedFiles): void {
    this.sandbox.write(files);
  }

  async dryRun(testFiles?: readonly string[]): Promise<DryRunResult> {
    const started = performance.now();
    const tests: DryRunTest[] = [];
    const failures: DryRunFailure[] = [];
    const staticCovered: Record<string, number[]> = {};
    const coverCounts: Record<number, number> = {};
    const notices: string[] = [];
    let startedNode = 0;
    for (const file of testFiles ?? this.plan.files.files) {
      const result = await this.dryRunFile(file, notices);
      tests.push(...result.tests);
      failures.push(...result.failures);
      if (result.staticCovered.length > 0) staticCovered[file] = [...result.staticCovered];
      for (const [id, count] of Object.entries(result.coverCounts)) coverCounts[Number(id)] = (coverCounts[Number(id)] ?? 0) + count;
      startedNode += result.startedNode;
    }
    if (startedNode > 0) {
      notices.push(`${startedNode} ${startedNode === 1 ? 'test starts' : 'tests start'} Node processes: they run instrumented copies of the sources (from ${this.sandbox.dir}), so the mutants they reach are tested too`);
    }
    return { tests, staticCovered, coverCounts, failures, durationMs: performance.now() - started, notices };
  }

  /**
   * A file that fails runs once more: a test that depends on real time can fail once on a loaded
   * machine. If it passes then, it stands, with a notice; if not, its failures fail the dry run.
   */
  private async dryRunFile(file: string, notices: string[]): Promise<FileDryRun> {
    const options = { active: 0, hitLimit: null, dryRun: true, bail: false };
    const started = performance.now();
    const first = dryRunOfFile(file, await this.runFile(file, options, Number.POSITIVE_INFINITY), this.idOf(file));
    this.overheads.record(file, performance.now() - started, sumOf(first.tests, (test) => test.durationMs));
    if (first.failures.length === 0) return first;
    const again = dryRunOfFile(file, await this.runFile(file, options, Number.POSITIVE_INFINITY), this.idOf(file));
    if (again.failures.length > 0) return first;
    notices.push(`${first.failures.map((failure) => failure.test).join(', ')} failed in the dry run and passed when run again: a flaky test can make mutants look killed`);
    return again;
  }

  /** The mutant's tests file by file, the file with the fastest selected tests first; the first failure kills it. */
  async runMutant({ mutantId, tests, timeoutMs, hitLimit }: MutantRun): Promise<MutantRunOutcome> {
    let deadline = performance.now() + timeoutMs;
    let testsRun = 0;
    let loadFailure: string | undefined;
    const removed: string[] = [];
    const notRun: string[] = [];
    for (const { file, ids } of groupByFileInOrder(tests)) {
      // The time limit is for the tests: each file's process start, load and exit come on top (83
      // files for a static mutant of commander.js: 21 s of processes against a 19 s limit).
      deadline += this.overheads.allowanceFor([file]);
      const left = deadline - performance.now();
      if (left <= 0) return { status: 'Timeout', testsRun };
      const keys = ids.map((id) => this.keyOf(file, id));
      const run = await this.runFile(file, { active: mutantId, hitLimit: Number.isFinite(hitLimit) ? hitLimit : null, dryRun: false, bail: true, only: keys }, left);
      const verdict = mutantVerdictOfFile(run, keys, this.idOf(file));
      if (verdict.kind === 'timeout') return { status: 'Timeout', testsRun };
      if (verdict.kind === 'killed') return { status: 'Killed', killedBy: verdict.killedBy, message: verdict.message, testsRun: testsRun + verdict.ran };
      testsRun += verdict.ran;
      loadFailure ??= verdict.loadFailure;
      if (verdict.removed > 0) removed.push(`${verdict.removed} of ${keys.length} in ${file}`);
      if (verdict.notRun > 0) notRun.push(`${verdict.notRun} of ${keys.length} in ${file}`);
    }
    // No selected test failed, yet a file failed to load (or its process failed): no test detected the mutant, as StrykerJS has it.
    if (loadFailure) return { status: 'RuntimeError', message: loadFailure, testsRun };
    // Never Survived on tests that did not run.
    if (notRun.length > 0) return { status: 'RuntimeError', message: `selected tests did not run (${notRun.join('; ')})`, testsRun };
    if (removed.length > 0) return { status: 'Survived', testsRun, message: `the mutant removed tests that cover it (${removed.join('; ')}): the suite passes without them` };
    return { status: 'Survived', testsRun };
  }

  async close(): Promise<void> {
    this.sandbox.close();
  }

  private async runFile(file: string, options: Pick<FileRunSettings, 'active' | 'hitLimit' | 'dryRun' | 'bail' | 'only'>, timeoutMs: number): Promise<FileRun> {
    const dir = join(this.sandbox.dir, '.node-test-runs', String(++this.runs));
    const children = this.reachChildProcesses ? { children: { reports: join(dir, 'children') } } : {};
    try {
      return await runTestFile(file, { root: this.root, execArgv: this.plan.execArgv, dir, timeoutMs, settings: { ...options, root: this.root, sandbox: this.sandbox.dir, switchboard: SWITCHBOARD, ...children } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /** A test's id: its file (from the project) and its key in the file, stable between the dry run and mutants' runs. */
  private idOf(file: string): (key: string) => string {
    const prefix = `${relative(this.root, file)}#`;
    return (key) => prefix + key;
  }

  private keyOf(file: string, id: string): string {
    const prefix = `${relative(this.root, file)}#`;
    return id.startsWith(prefix) ? id.slice(prefix.length) : id;
  }
}
