import { afterEach, describe, expect, it } from 'vitest';
import { readReport, reportedMutant, verdictLines } from './support/report.js';
import { tempVitestProject, type TempProject, VITEST_4_AND_3 } from './support/temp-project.js';

// Three promises no test awaits, which a mutant makes reject: at once, after a file read (the run's
// tests have ended by then), and after a child process (long after the run ended: `vitest run`
// has no worker left to report it either).
const SOURCE = `import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';

export async function send(message: string): Promise<void> {
  if (message.length === 0) throw new Error('nothing to send');
}

export async function sendAfterRead(message: string): Promise<void> {
  const empty = message.length === 0;
  await readFile(new URL(import.meta.url));
  if (empty) throw new Error('nothing to send after a read');
}

export async function sendAfterChild(message: string): Promise<void> {
  const empty = message.length === 0;
  await new Promise((resolve) => execFile(process.execPath, ['-e', 'setTimeout(() => {}, 150)'], resolve));
  if (empty) throw new Error('nothing to send after a child process');
}

export function notify(message: string): boolean {
  void send(message);
  void sendAfterRead(message);
  void sendAfterChild(message);
  return true;
}

export function twice(n: number): number {
  return n * 2;
}
`;

const TEST = `import { expect, it } from 'vitest';
import { notify, twice } from '../src/notify.js';

it('says it sent', () => {
  expect(notify('hello')).toBe(true);
});

it('doubles', () => {
  expect(twice(2)).toBe(4);
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe.each(VITEST_4_AND_3)('an error no test awaits (%s)', (_name, nodeModules) => {
  it('is a RuntimeError of the mutant that throws it, as StrykerJS has it, and never a Timeout of the next one', async () => {
    project = await tempVitestProject({ 'src/notify.ts': SOURCE, 'test/notify.test.ts': TEST }, nodeModules);
    // One worker, so each mutant's run follows the last one's in the same kept-alive worker.
    const run = await project.mutate('run', '--concurrency', '1', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(0);
    const report = readReport(project.dir);
    const lines = verdictLines(report).join('\n');

    const send = reportedMutant(report, 'src/notify.ts', "message.length === 0) throw new Error('nothing to send')", 'true');
    expect(send.status, lines).toBe('RuntimeError');
    const afterRead = reportedMutant(report, 'src/notify.ts', 9, 'true');
    expect(afterRead.status, lines).toBe('RuntimeError');
    const mutants = report.files['src/notify.ts']!.mutants;
    const afterReadMutant = mutants.find((mutant) => mutant.location.start.line === 9 && mutant.replacement === 'true')!;
    expect(afterReadMutant.statusReason).toContain('nothing to send after a read');
    // Thrown long after its run ended, in a worker that is then ended: no verdict rests on it.
    expect(reportedMutant(report, 'src/notify.ts', 15, 'true').status, lines).toBe('Survived');
    // Before, an error reported after a run left the worker's next run waiting for ever.
    expect(mutants.filter((mutant) => mutant.status === 'Timeout'), lines).toEqual([]);
    expect(reportedMutant(report, 'src/notify.ts', 24, 'false').status, lines).toBe('Killed');
    expect(reportedMutant(report, 'src/notify.ts', 'n * 2', 'n / 2').status, lines).toBe('Killed');
  });
});

describe('an error no test awaits with no mutant active', () => {
  const BROKEN = `export async function send(message: string): Promise<void> {
  if (message.length > 0) throw new Error('the service is down');
}

export function notify(message: string): boolean {
  void send(message);
  return true;
}
`;
  const NOTIFY_TEST = `import { expect, it } from 'vitest';
import { notify } from '../src/notify.js';

it('says it sent', () => {
  expect(notify('hello')).toBe(true);
});
`;

  it('fails the dry run, naming the test file and the error, as it fails vitest run', async () => {
    project = await tempVitestProject({ 'src/notify.ts': BROKEN, 'test/notify.test.ts': NOTIFY_TEST });
    const snapshot = await project.snapshot();
    const run = await project.mutate('run', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(5);
    expect(run.stderr).toContain('test/notify.test.ts');
    expect(run.stderr).toContain('unhandled error');
    expect(run.stderr).toContain('the service is down');
    expect(run.stderr).not.toMatch(/^\s+at .*node_modules/m);
    expect(await project.snapshot()).toEqual(snapshot);
  });

  it('is ignored, in the dry run and the mutants, when the project tells vitest to ignore them', async () => {
    const config = `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { dangerouslyIgnoreUnhandledErrors: true } });
`;
    project = await tempVitestProject({ 'src/notify.ts': BROKEN, 'test/notify.test.ts': NOTIFY_TEST, 'vitest.config.ts': config });
    const run = await project.mutate('run', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(0);
    const report = readReport(project.dir);
    const statuses = report.files['src/notify.ts']!.mutants.map((mutant) => mutant.status);
    expect(statuses).not.toContain('RuntimeError');
    expect(reportedMutant(report, 'src/notify.ts', 'message.length > 0', 'false').status).toBe('Survived');
    expect(reportedMutant(report, 'src/notify.ts', 7, 'false').status).toBe('Killed');
  });
});
