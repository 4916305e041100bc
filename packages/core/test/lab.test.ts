import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extraWorkersFor, Lab } from '@mutate/core';
import { afterEach, describe, expect, it, vi } from 'vitest';

const RUNNER = new URL('./fixtures/crashing-runner.mjs', import.meta.url).href;
const run = (mutantId: number) => ({ mutantId, tests: [{ id: 't', file: 'f' }], timeoutMs: 1000, hitLimit: 10 });

let dir: string;
let lab: Lab | undefined;
afterEach(async () => {
  await lab?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Lab', () => {
  it('replaces a worker that dies and retries its mutant once, then calls it a RuntimeError', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mutate-lab-'));
    lab = new Lab({ runnerModule: RUNNER, root: dir, concurrency: 1 });
    lab.serve([['/project/src/a.ts', { code: 'export const a = 1;' }]]);
    expect(await lab.test(run(1))).toMatchObject({ status: 'Survived', served: ['/project/src/a.ts'] });
    // Crashes once, passes on the retry in a fresh worker, which was served the files too.
    expect(await lab.test(run(2))).toMatchObject({ status: 'Survived', served: ['/project/src/a.ts'] });
    const crashing = await lab.test(run(3));
    expect(crashing.status).toBe('RuntimeError');
    expect(crashing).toHaveProperty('message', expect.stringMatching(/exit|terminat/i));
    // The pool still works after the crashes.
    expect(await lab.test(run(1))).toMatchObject({ status: 'Survived' });
  });

  it('runs mutants past the concurrency in the workers it was asked to add, each of them served', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mutate-lab-'));
    lab = new Lab({ runnerModule: RUNNER, root: dir, concurrency: 1 });
    lab.serve([['/project/src/a.ts', { code: 'export const a = 1;' }]]);
    expect(lab.slots).toBe(1);
    const alone = await Promise.all([lab.test(run(10)), lab.test(run(11))]);
    expect(new Set(alone.map((outcome) => (outcome as { threadId?: number }).threadId)).size).toBe(1);

    await lab.addWorkers(2);
    expect(lab.slots).toBe(3);
    const beside = await Promise.all([lab.test(run(12)), lab.test(run(13)), lab.test(run(14))]);
    expect(new Set(beside.map((outcome) => (outcome as { threadId?: number }).threadId)).size).toBe(3);
    for (const outcome of beside) expect(outcome).toMatchObject({ status: 'Survived', served: ['/project/src/a.ts'] });
  });
});

describe('extraWorkersFor', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('adds a worker for each 5 s of waiting per core, up to twice the concurrency', () => {
    expect(extraWorkersFor(0, 2)).toBe(0);
    expect(extraWorkersFor(9_999, 2)).toBe(0);
    expect(extraWorkersFor(10_000, 2)).toBe(1);
    expect(extraWorkersFor(30_000, 2)).toBe(3);
    expect(extraWorkersFor(1_000_000, 2)).toBe(4);
    expect(extraWorkersFor(1_000_000, 1)).toBe(2);
  });

  it('adds none with MUTATE_OVERLAP=0', () => {
    vi.stubEnv('MUTATE_OVERLAP', '0');
    expect(extraWorkersFor(1_000_000, 2)).toBe(0);
  });
});
