import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lab } from '@mutate/core';
import { afterEach, describe, expect, it } from 'vitest';

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
});
