// The slow fallback that works for any project: each mutant runs the whole test command (`npm test`,
// `make check`...) in a copy of the project whose sources are the instrumented files, with that
// mutant written in as active (`mutant-header.ts`). No per-test coverage: every mutant counts as
// covered by the one "test" the command is, and a mutant is Killed when the command fails.
import { writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { isProbeLayer, UserError, type DryRunResult, type MutantRun, type MutantRunOutcome, type ServedFiles, type TestFiles, type TestRunner, type TestRunnerOptions } from '@mutate/core/runner';
import { mutantIdsIn, withActiveMutant, HIT_LIMIT_MESSAGE } from './mutant-header.js';
import { copyProject, removeCopy } from './project-copy.js';
import { runCommand } from './run-command.js';

const SOURCE = '{js,jsx,mjs,cjs,ts,tsx,mts,cts}';
/** Files named or placed like tests, by the conventions of vitest, jest and node:test: never mutated. */
const TEST_FILE_PATTERNS = [`**/*.{test,spec}.${SOURCE}`, `**/*{-,_}test.${SOURCE}`, `**/__tests__/**/*.${SOURCE}`, `{test,tests}/**/*.${SOURCE}`];
const IGNORED = ['**/node_modules/**', '**/.git/**'];
/** The id of the one test the command is. */
const COMMAND_TEST = 'command';

export class CommandRunner implements TestRunner {
  private served: ServedFiles = new Map();
  /** Each mutant's file, read once from the served code's coverage probes. */
  private fileOf = new Map<number, string>();
  private readonly copy: string;

  constructor(
    private readonly root: string,
    private readonly command: string,
    scratchDir: string,
  ) {
    this.copy = copyProject(root, scratchDir);
  }

  async testFiles(): Promise<TestFiles> {
    const files = globSync(TEST_FILE_PATTERNS, { cwd: this.root, ignore: IGNORED, absolute: true });
    return { files, patterns: [{ cwd: this.root, include: TEST_FILE_PATTERNS, exclude: IGNORED }], configFiles: [join(this.root, 'package.json')], runsWhole: true };
  }

  serve(files: ServedFiles): void {
    this.served = new Map([...files].filter(([path]) => path.startsWith(this.root + sep)));
    this.fileOf = new Map([...this.served].flatMap(([path, { code }]) => mutantIdsIn(code).map((id) => [id, path] as const)));
    for (const [path, { code }] of this.served) writeFileSync(this.copyOf(path), code);
  }

  async dryRun(): Promise<DryRunResult> {
    const started = performance.now();
    const result = await runCommand(this.command, this.copy, Number.POSITIVE_INFINITY);
    const durationMs = performance.now() - started;
    const test = { id: COMMAND_TEST, file: join(this.root, 'package.json'), names: [this.command] };
    if (result.kind === 'exited' && result.code !== 0) {
      return { tests: [{ ...test, durationMs, covered: [] }], staticCovered: {}, coverCounts: {}, failures: [{ test: this.command, message: `exited with code ${result.code}:\n${result.output}` }], durationMs };
    }
    const covered = [...this.fileOf.keys()];
    return {
      tests: [{ ...test, durationMs, covered }],
      staticCovered: {},
      // Unknown without per-test coverage: every mutant's limit is the unlimited one.
      coverCounts: {},
      failures: [],
      durationMs,
      notices: [`the command runner runs \`${this.command}\` whole for each mutant, with no per-test coverage: every mutant counts as covered`],
    };
  }

  async runMutant({ mutantId, timeoutMs, hitLimit }: MutantRun): Promise<MutantRunOutcome> {
    // A negative id is the explanation probe of mutant -id, in the same file; a probe layer is in every file.
    const paths = isProbeLayer(mutantId) ? [...this.served.keys()] : [this.fileOf.get(Math.abs(mutantId))].filter((path) => path !== undefined);
    if (paths.length === 0) throw new UserError(`mutant ${mutantId} is in no instrumented file`, 'input');
    for (const path of paths) writeFileSync(this.copyOf(path), withActiveMutant(this.served.get(path)!.code, mutantId, hitLimit));
    try {
      const result = await runCommand(this.command, this.copy, timeoutMs);
      if (result.kind === 'timed-out') return { status: 'Timeout', testsRun: 1 };
      if (result.code === 0) return { status: 'Survived', testsRun: 1 };
      if (result.output.includes(HIT_LIMIT_MESSAGE)) return { status: 'Timeout', testsRun: 1 };
      return { status: 'Killed', killedBy: [COMMAND_TEST], message: result.output.trim().split('\n').slice(-20).join('\n'), testsRun: 1 };
    } finally {
      for (const path of paths) writeFileSync(this.copyOf(path), this.served.get(path)!.code);
    }
  }

  async close(): Promise<void> {
    removeCopy(this.copy);
  }

  private copyOf(path: string): string {
    return join(this.copy, relative(this.root, path));
  }
}

export async function createTestRunner({ root, settings, scratchDir }: TestRunnerOptions): Promise<TestRunner> {
  const command = typeof settings?.['command'] === 'string' ? settings['command'] : 'npm test';
  if (!scratchDir) throw new Error('the command runner needs the lab scratch directory');
  return new CommandRunner(root, command, scratchDir);
}
