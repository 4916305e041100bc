import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { BABEL_CONFIG, JEST_30_AND_29, tempJestProject } from './support/jest-project.js';
import { CLASSIFY_SOURCE, CLASSIFY_SOURCE_CJS, PRICE_SOURCE } from './support/sources.js';
import { MUTATE_BIN, tempProject, tempVitestProject, withoutVitestEnv, type TempProject } from './support/temp-project.js';

// Slow tests (each waits 0.5 s), so the run is still testing mutants when the signal comes, even
// with mutants that mostly wait running beside each other.
const FILES = {
  'src/price.ts': PRICE_SOURCE,
  'test/price.test.ts': `import { expect, it } from 'vitest';
import { price } from '../src/price.js';
const pause = () => new Promise((resolve) => setTimeout(resolve, 500));
it('charges adults the base price', async () => { await pause(); expect(price(40, 30, false)).toBe(40); });
it('halves children', async () => { await pause(); expect(price(40, 8, false)).toBe(20); });
it('gives seniors 30% off', async () => { await pause(); expect(price(40, 70, false)).toBe(28); });
it('takes 5 off for members', async () => { await pause(); expect(price(40, 30, true)).toBe(35); });
`,
};

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

/** Starts `mutate run` and resolves once it is testing mutants, with a way to wait for its exit. */
function startRun(dir: string, args: readonly string[] = [], extraEnv: NodeJS.ProcessEnv = {}): Promise<{ pid: number; exited: Promise<number | null>; stderr: () => string }> {
  const env = { ...withoutVitestEnv(process.env), ...extraEnv };
  const child = spawn(MUTATE_BIN, ['run', '--concurrency', '1', ...args], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (/tested [1-9]\d*\//.test(stderr)) resolve({ pid: child.pid!, exited, stderr: () => stderr });
    });
    void exited.then((code) => reject(new Error(`mutate exited (${code}) before testing mutants:\n${stderr}`)));
  });
}

describe('interrupting mutate run', () => {
  it('on Ctrl-C stops the workers, writes the partial report with the rest Pending, and exits 130', async () => {
    project = await tempVitestProject(FILES);
    const before = await project.snapshot();
    const run = await startRun(project.dir);
    process.kill(run.pid, "SIGINT");
    expect(await run.exited).toBe(130);
    expect(run.stderr()).toContain('SIGINT');

    const report = JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
    const statuses = Object.values(report.files).flatMap((file) => file.mutants.map((mutant) => mutant.status));
    expect(statuses.filter((status) => status === 'Pending').length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 'Killed' || status === 'Survived').length).toBeGreaterThan(0);
    const after = await project.snapshot();
    for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
    expect(after).toEqual(before);
  });

  it('on SIGTERM does the same', async () => {
    project = await tempVitestProject(FILES);
    const run = await startRun(project.dir);
    process.kill(run.pid, 'SIGTERM');
    expect(await run.exited).toBe(130);
    expect(existsSync(join(project.dir, 'reports/mutation/mutation.json'))).toBe(true);
  });

  it('after kill -9 at any moment leaves the project exactly as it was', async () => {
    project = await tempVitestProject(FILES);
    const before = await project.snapshot();
    const run = await startRun(project.dir);
    process.kill(run.pid, 'SIGKILL');
    await run.exited;
    const after = await project.snapshot();
    // A report may or may not have been started; nothing else may differ.
    for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
    expect(after).toEqual(before);
  });
});

// The runners that start processes of their own (a process per test file, a whole test command),
// each in a process group apart: Ctrl-C must end them too, not only mutate. The test command takes
// 3 s, so that one is still running when mutate exits, unless mutate ends it.
const slowCheck = (pauseMs: number) => `await new Promise((resolve) => setTimeout(resolve, ${pauseMs}));
assert.equal(classify(30), 'adult');
assert.equal(classify(12), 'minor');
assert.equal(stars(2), '**');
`;
/** Each runner, its project, its flags, and the file a process of its own runs (none: jest runs in band). */
const OTHER_RUNNERS: readonly (readonly [name: string, make: () => Promise<TempProject>, args: readonly string[], testProcessRuns: string | undefined])[] = [
  [
    'jest',
    () =>
      tempJestProject(
        {
          'babel.config.js': BABEL_CONFIG,
          'src/classify.js': CLASSIFY_SOURCE_CJS,
          'test/classify.test.js': `const assert = require('node:assert/strict');\nconst { classify, stars } = require('../src/classify');\n\nit('classifies', async () => {\n${slowCheck(500)}});\n`,
        },
        JEST_30_AND_29[0]![1],
      ),
    [],
    undefined,
  ],
  [
    'node:test',
    () =>
      tempProject({
        'package.json': JSON.stringify({ name: 'p', type: 'module', private: true, scripts: { test: 'node --test' }, mutate: { cache: false } }),
        'src/classify.js': CLASSIFY_SOURCE,
        'test/classify.test.js': `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\nimport { classify, stars } from '../src/classify.js';\n\ntest('classifies', async () => {\n${slowCheck(500)}});\n`,
      }),
    [],
    'classify.test.js',
  ],
  [
    'a test command',
    () =>
      tempProject({
        'package.json': JSON.stringify({ name: 'p', type: 'module', private: true, scripts: { test: 'node test/check.mjs' }, mutate: { cache: false } }),
        'src/classify.js': CLASSIFY_SOURCE,
        'test/check.mjs': `import assert from 'node:assert/strict';\nimport { classify, stars } from '../src/classify.js';\n\n${slowCheck(3000)}`,
      }),
    ['--test-runner', 'command'],
    'check.mjs',
  ],
];

/** The processes running now whose working directory or command line is in one of `dirs`. */
function processesIn(dirs: readonly string[]): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      if (dirs.some((dir) => cwd.startsWith(dir) || args.includes(dir))) found.push(`${pid} (in ${cwd}): ${args}`);
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

/**
 * Resolves once a process in one of `dirs` has been running `file` (a test file, the test command's
 * script) for a while: one seen twice, 0.3 s apart, is mid-run, not one about to end.
 */
async function untilProcessRuns(file: string, dirs: readonly string[]): Promise<void> {
  const running = () => new Set(processesIn(dirs).filter((line) => line.includes(file)));
  for (let tries = 0; tries < 50; tries++) {
    const seen = running();
    await new Promise((resolve) => setTimeout(resolve, 300));
    if ([...running()].some((line) => seen.has(line))) return;
  }
  throw new Error(`no process runs ${file} in ${dirs.join(', ')}`);
}

describe.each(OTHER_RUNNERS)('interrupting mutate run under %s', (_name, make, args, testProcessRuns) => {
  it('on Ctrl-C ends every process it started, writes the partial report and leaves the project as it was', async () => {
    project = await make();
    const before = await project.snapshot();
    // A temp directory of this run's own: the lab's scratch directory (the sandbox, the command
    // runner's copy of the project) is made there, and other tests' runs are elsewhere.
    temp = mkdtempSync(join(tmpdir(), 'mutate-interrupt-'));
    const run = await startRun(project.dir, args, { TMPDIR: temp });
    expect(readdirSync(temp).filter((name) => name.startsWith('mutate-lab-'))).toHaveLength(1);
    process.kill(run.pid, "SIGINT");
    expect(await run.exited).toBe(130);
    // Killed process groups are gone at once; a moment for the kernel to reap them.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(processesIn([project.dir, temp])).toEqual([]);
    // jest's own cache (its default cacheDirectory, jest_* in the temp directory) is jest's, as in any jest run.
    expect(readdirSync(temp).filter((name) => !name.startsWith('jest_'))).toEqual([]);
    expect(existsSync(join(project.dir, 'reports/mutation/mutation.json'))).toBe(true);
    const after = await project.snapshot();
    for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
    expect(after).toEqual(before);
  });
});
