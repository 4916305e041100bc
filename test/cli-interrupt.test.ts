import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { PRICE_SOURCE } from './support/sources.js';
import { MUTATE_BIN, tempVitestProject, withoutVitestEnv, type TempProject } from './support/temp-project.js';

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
function startRun(dir: string): Promise<{ pid: number; exited: Promise<number | null>; stderr: () => string }> {
  const env = withoutVitestEnv(process.env);
  const child = spawn(MUTATE_BIN, ['run', '--concurrency', '1'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    process.kill(run.pid, 'SIGINT');
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
