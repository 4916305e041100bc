import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readReport, reportedMutant, verdictLines, type MutationTestResult } from './support/report.js';
import { REPO_ROOT, runCommand, tempProject, type TempProject } from './support/temp-project.js';
import { ExitCode } from '../packages/cli/src/exit-codes.js';
import { AGE_SOURCE, AGE_SOURCE_CJS, AGE_SOURCE_TS, ageTests, CJS_HEADER, ESM_HEADER, NODE_22, NODE_24, nodeTestPackage, TS_HEADER } from './support/node-test-projects.js';

const MUTATE_JS = path.join(REPO_ROOT, 'packages/cli/bin/mutate.js');

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

/** What the age project's tests must find, whatever its module kind and Node. */
function expectAgeVerdicts(report: MutationTestResult, source: string, testFile: string): void {
  const lines = verdictLines(report).join('\n');
  // No test checks 18 itself.
  expect(reportedMutant(report, source, 'age >= LIMITS.adult', 'age > LIMITS.adult').status, lines).toBe('Survived');
  const killed = reportedMutant(report, source, 'age >= LIMITS.adult', 'age < LIMITS.adult');
  expect(killed.status, lines).toBe('Killed');
  // Named by its suites, and only the tests that reach it ran.
  expect(reportedMutant(report, source, "return 'minor'", 'return;').killedBy, lines).toEqual([`${testFile}: classify > minors > calls 12 a minor`]);
  expect(reportedMutant(report, source, "'adult'", '""').killedBy, lines).toEqual([`${testFile}: classify > calls 30 an adult`]);
  // A module-level constant: reached as the module loads, killed by the tests that read it.
  const constant = reportedMutant(report, source, '{ adult: 18 }', '{}');
  expect(constant.status, lines).toBe('Killed');
  expect(constant.static, lines).toBe(true);
  // An endless loop, stopped by the hit limit (or the time limit).
  expect(reportedMutant(report, source, 'i++', 'i--').status, lines).toBe('Timeout');
  expect(reportedMutant(report, source, 'a + b', 'a - b').status, lines).toBe('NoCoverage');
  expect(reportedMutant(report, source, 'i < count', 'i <= count').coveredBy, lines).toEqual([`${testFile}: draws two stars`]);
}

async function mutateUnchanged(run: () => Promise<{ exitCode: number; stdout: string; stderr: string }>): Promise<void> {
  const before = await project!.snapshot();
  const result = await run();
  expect(result.exitCode, result.stdout + result.stderr).toBe(ExitCode.Success);
  const after = await project!.snapshot();
  for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
  expect(after).toEqual(before);
}

describe('the node:test runner', () => {
  it('tests an ES module project: survivors at a boundary, killed mutants named by suite, NoCoverage, Timeout, a static constant; the tree unchanged', async () => {
    project = await tempProject({
      'package.json': nodeTestPackage({ type: 'module' }),
      'src/age.js': AGE_SOURCE,
      'test/age.test.js': ageTests(ESM_HEADER),
    });
    await mutateUnchanged(() => project!.mutate('run', '--test-runner', 'node', '--reporters', 'json'));
    expectAgeVerdicts(readReport(project.dir), 'src/age.js', 'test/age.test.js');
  });

  it('tests a CommonJS project found by its test script (`node --test test/`), with `require` and a test that calls back', async () => {
    project = await tempProject({
      'package.json': nodeTestPackage({ scripts: { test: 'node --test test/' } }),
      'src/age.cjs': AGE_SOURCE_CJS,
      // No `.test` in the name: every file of a `test` directory is a test.
      'test/age.js': ageTests(CJS_HEADER).replace("test('draws two stars', () => {", "test('draws two stars', (t, done) => {\n  setImmediate(done);"),
    });
    await mutateUnchanged(() => project!.mutate('run', '--reporters', 'json'));
    expectAgeVerdicts(readReport(project.dir), 'src/age.cjs', 'test/age.js');
  });

  it.each([
    ['Node 22', NODE_22],
    ['Node 24', NODE_24],
  ])('tests a TypeScript project, its types stripped by %s', async (_name, node) => {
    project = await tempProject({
      'package.json': nodeTestPackage({ type: 'module' }),
      'src/age.ts': AGE_SOURCE_TS,
      'test/age.test.ts': ageTests(TS_HEADER),
    });
    await mutateUnchanged(() => runCommand(node, [MUTATE_JS, 'run', '--test-runner', 'node', '--reporters', 'json'], project!.dir));
    expectAgeVerdicts(readReport(project.dir), 'src/age.ts', 'test/age.test.ts');
  });

  it('gives a mutant time for the processes of the test files it runs, beyond its tests\' own time', async () => {
    // A module-level constant: reached as each of 12 files loads, so its mutants run all 12 files, a
    // process each (~0.25 s), while their tests take a millisecond. With a time limit for the tests
    // alone (here 1.5 x their time + 300 ms), every such mutant would end as a false Timeout.
    const files: Record<string, string> = { 'package.json': nodeTestPackage({ type: 'module' }), 'src/limits.js': "export const LIMITS = { adult: 18 };\n" };
    for (let i = 0; i < 12; i++) {
      files[`test/t${i}.test.js`] = `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { LIMITS } from '../src/limits.js';\n\ntest('has a limit', () => {\n  assert.ok(LIMITS);\n});\n`;
    }
    project = await tempProject(files);
    const run = await project.mutate('run', '--test-runner', 'node', '--reporters', 'json', '--timeout-ms', '300');
    expect(run.exitCode, run.stderr).toBe(0);
    const report = readReport(project.dir);
    const constant = reportedMutant(report, 'src/limits.js', '{ adult: 18 }', '{}');
    expect(constant.static, verdictLines(report).join('\n')).toBe(true);
    // \`{}\` is still truthy: no test notices.
    expect(constant.status, verdictLines(report).join('\n')).toBe('Survived');
    expect(constant.testsCompleted).toBe(12);
  });

  it('finds a node:test file its test script runs without --test (`node --conditions development test.js`), with no flag', async () => {
    project = await tempProject({
      'package.json': nodeTestPackage({ type: 'module', scripts: { test: 'node --conditions development test.js' } }),
      'src/age.js': AGE_SOURCE,
      'test.js': ageTests(ESM_HEADER.replace("'../src/age.js'", "'./src/age.js'")),
    });
    await mutateUnchanged(() => project!.mutate('run', '--reporters', 'json'));
    expectAgeVerdicts(readReport(project.dir), 'src/age.js', 'test.js');
  });

  it('tests the sources of a CLI its tests spawn, each mutant counted for the test that spawned it', async () => {
    project = await tempProject({
      'package.json': nodeTestPackage({ type: 'module' }),
      'src/age.js': AGE_SOURCE,
      'src/cli.js': "import { classify } from './age.js';\n\nconsole.log(classify(Number(process.argv[2])));\n",
      'test/cli.test.js': `import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const run = (age) => execFileSync(process.execPath, ['src/cli.js', age], { encoding: 'utf8' }).trim();

test('calls 30 an adult', () => {
  assert.equal(run('30'), 'adult');
});

test('calls 12 a minor', () => {
  assert.equal(run('12'), 'minor');
});
`,
    });
    const run = await project.mutate('run', '--test-runner', 'node', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(ExitCode.Success);
    const notice = /2 tests start Node processes: .*\(from (\S+)\)/.exec(run.stdout + run.stderr);
    expect(notice, run.stdout + run.stderr).not.toBeNull();
    expect(existsSync(notice![1]!)).toBe(false);
    const report = readReport(project.dir);
    const lines = verdictLines(report).join('\n');
    expect(reportedMutant(report, 'src/age.js', 'age >= LIMITS.adult', 'age > LIMITS.adult').status, lines).toBe('Survived');
    expect(reportedMutant(report, 'src/age.js', "return 'minor'", 'return;').killedBy, lines).toEqual(['test/cli.test.js: calls 12 a minor']);
    expect(reportedMutant(report, 'src/age.js', "'adult'", '""').killedBy, lines).toEqual(['test/cli.test.js: calls 30 an adult']);
  });

  it('stops a mutant whose test waits forever at its time limit, with the processes the test started', async () => {
    project = await tempProject({
      'package.json': nodeTestPackage({ type: 'module', mutate: { cache: false, timeoutMs: 1500 } }),
      'src/ready.js': 'export function ready(count) {\n  return count > 2;\n}\n',
      'test/ready.test.js': `import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { ready } from '../src/ready.js';

test('becomes ready', async () => {
  const sleeper = spawn('sleep', ['300'], { stdio: 'ignore' });
  sleeper.unref();
  writeFileSync('sleepers.txt', sleeper.pid + '\\n', { flag: 'a' });
  let count = 0;
  await new Promise((resolve) => {
    const timer = setInterval(() => {
      if (ready(++count)) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
});
`,
    });
    const run = await project.mutate('run', '--test-runner', 'node', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(ExitCode.Success);
    const report = readReport(project.dir);
    const lines = verdictLines(report).join('\n');
    // Never ready: no hit limit catches a wait, the time limit does.
    expect(reportedMutant(report, 'src/ready.js', 'count > 2', 'false').status, lines).toBe('Timeout');
    const sleepers = (await readFile(path.join(project.dir, 'sleepers.txt'), 'utf8')).trim().split('\n').map(Number);
    expect(sleepers.filter(isRunning)).toEqual([]);
  });

  it('names the test that fails with no mutant active, and the file that fails to load, and stops', async () => {
    project = await tempProject({
      'package.json': nodeTestPackage({ type: 'module' }),
      'src/age.js': AGE_SOURCE,
      'test/age.test.js': `${ageTests(ESM_HEADER)}
describe('adults', () => {
  it('wrongly calls 40 a minor', () => {
    assert.equal(classify(40), 'minor');
  });
});
`,
      'test/load.test.js': "throw new Error('this file cannot load');\n",
    });
    const run = await project.mutate('run', '--test-runner', 'node');
    expect(run.exitCode, run.stdout + run.stderr).toBe(ExitCode.BaselineFailed);
    expect(run.stderr).toContain('test/age.test.js > adults > wrongly calls 40 a minor');
    expect(run.stderr).toContain('test/load.test.js');
    expect(run.stderr).toContain('this file cannot load');
    // The passing tests are not named.
    expect(run.stderr).not.toContain('calls 30 an adult');
  });
});

/** A process that exists and is no zombie (killed, its parent gone, and not yet reaped). */
function isRunning(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
