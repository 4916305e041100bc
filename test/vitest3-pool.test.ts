import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { threadCarrier } from '../runners/vitest/src/vitest3-pool.js';
import { verdictsByPlace } from './support/report.js';
import { MUTATE_BIN, REPO_ROOT, runCommand, tempVitestProject, type TempProject } from './support/temp-project.js';

/**
 * vitest 3 has no pool API that keeps a worker: mutate drives vitest 3's worker protocol itself
 * (`runners/vitest/src/vitest3-pool.ts`), in a kept-alive child process for the forks pool (vitest
 * 3's default) or thread for the threads pool. It must give the verdicts a new worker per run gives.
 */
const VITEST_3 = join(REPO_ROOT, 'test/vitest-versions/3.2/node_modules');

const SOURCE = `export function greeting(name: string): string {
  return 'hello ' + name;
}
export function cwdName(): string {
  return process.cwd().split('/').pop() ?? '';
}
export function here(): string {
  return process.cwd();
}
`;

// Fails half-way under a mutant of greeting, leaving process.cwd replaced and an env variable set.
const LEAKY_TEST = `import { expect, it } from 'vitest';
import { greeting } from '../src/app.js';
it('greets from a fake directory', () => {
  const realCwd = process.cwd;
  process.cwd = () => '';
  process.env.APP_NAME = 'leaked';
  expect(greeting('x')).toBe('hello x');
  process.cwd = realCwd;
  delete process.env.APP_NAME;
});
`;

// Changes directory for real (only a child process can) and back.
const CHDIR_TEST = `import { tmpdir } from 'node:os';
import { expect, it } from 'vitest';
import { cwdName, here } from '../src/app.js';
it('reads the real directory', () => {
  expect(cwdName()).not.toBe('');
  expect(process.env.APP_NAME).toBeUndefined();
});
it('follows a change of directory', () => {
  const before = process.cwd();
  process.chdir(tmpdir());
  try {
    expect(here()).toBe(process.cwd());
  } finally {
    process.chdir(before);
  }
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});


describe.each(['forks', 'threads'])("mutate's vitest 3 pool, for vitest's %s pool", (pool) => {
  it('gives the verdicts of a new worker per run, though a failing test leaves process state behind', async () => {
    project = await tempVitestProject(
      {
        'src/app.ts': SOURCE,
        'test/a-leaky.test.ts': LEAKY_TEST,
        // A thread cannot change directory: that test only where vitest runs tests in processes.
        'test/b-victim.test.ts': pool === 'forks' ? CHDIR_TEST : CHDIR_TEST.replace(/it\('follows a change[\s\S]*$/, ''),
        'vitest.config.ts': `export default { test: { pool: '${pool}' } };\n`,
      },
      VITEST_3,
    );
    const args = ['run', '--concurrency', '1', '--reporters', 'json'];
    const keptAlive = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'kept'], project.dir, { MUTATE_DEBUG: '1' });
    expect(keptAlive.exitCode, keptAlive.stderr).toBe(0);
    // The kept-alive worker saw the leak and put process.cwd back (only mutate's pool says so).
    expect(keptAlive.stderr).toMatch(/test worker state drifted: .*process\.cwd.*\(restored\)/);
    const fresh = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'fresh'], project.dir, { MUTATE_FRESH_THREADS: '1' });
    expect(fresh.exitCode, fresh.stderr).toBe(0);
    const withKeptAlive = verdictsByPlace(project.dir, 'kept', 'src/app.ts');
    expect(withKeptAlive).toEqual(verdictsByPlace(project.dir, 'fresh', 'src/app.ts'));
    expect(withKeptAlive['2:StringLiteral:""']).toBe('Killed');
    // cwdName's emptied body returns undefined, which the victim cannot tell from a name: a leaked
    // process.cwd would have killed it.
    expect(withKeptAlive['4:BlockStatement:{}']).toBe('Survived');
  });
});

// A thread as vitest 3's worker is with mutate's runtime: a run's reports go, as events, on the
// channel the task brings, then the end mark, and "done" goes at once on the thread's own channel.
const REPORTING_THREAD = (messages: string) => `import { parentPort } from 'node:worker_threads';
import { END_OF_REPORTS } from ${JSON.stringify(messages)};
parentPort.on('message', ({ run }) => {
  for (let i = 0; i < run.reports; i++) run.port.postMessage({ t: 'q', m: 'onTaskUpdate', a: [i, 'x'.repeat(4096)] });
  run.port.postMessage(END_OF_REPORTS);
  parentPort.postMessage({ __tinypool_worker_message__: true, done: true });
});
`;

describe("mutate's vitest 3 pool, a thread's run", () => {
  it('ends only when every report the run sent has come, though "done" comes on another channel', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mutate-vitest3-thread-'));
    const entry = join(dir, 'thread.mjs');
    await writeFile(entry, REPORTING_THREAD(pathToFileURL(join(REPO_ROOT, 'runners/vitest/dist/kept-alive-messages.js')).href));
    const carrier = threadCarrier({}, '', pathToFileURL(entry));
    try {
      // Without waiting for the mark, about a third of such runs ended with reports still on the way.
      for (let run = 0; run < 30; run++) {
        const received: unknown[] = [];
        const onTaskUpdate = (index: unknown) => void received.push(index);
        await carrier.run('run', { reports: 50 }, { onTaskUpdate }, () => {});
        expect(received, `run ${run}`).toHaveLength(50);
      }
    } finally {
      await carrier.terminate();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
