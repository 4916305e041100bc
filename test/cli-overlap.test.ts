import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verdictsByPlace } from './support/report.js';
import { MUTATE_BIN, runCommand, tempVitestProject, type TempProject, VITEST_4_AND_3 } from './support/temp-project.js';

// A function behind a real 400 ms wait (a service call, a backoff), in a file mutate leaves alone.
const DELAY = `export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
`;
const SOURCE = `import { delay } from './delay.js';

export async function gap(a: number, b: number): Promise<number> {
  await delay(400);
  if (a > b) return a - b;
  return b - a + 1;
}
`;

// Each test notes when it started and ended, so the test sees which mutants' runs overlapped.
const TEST = `import { appendFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { gap } from '../src/gap.js';

const log = new URL('../runs.log', import.meta.url);
const token = Math.random().toString(36).slice(2);
beforeEach(() => appendFileSync(log, token + ' start ' + Date.now() + '\\n'));
afterEach(() => appendFileSync(log, token + ' end ' + Date.now() + '\\n'));

it('is the difference when the first is larger', async () => {
  expect(await gap(5, 2)).toBe(3);
});
it('is one more than the difference otherwise', async () => {
  expect(await gap(2, 5)).toBe(4);
});
it('is one for equal numbers', async () => {
  expect(await gap(3, 3)).toBe(1);
});
`;

/** The most test runs that were in flight at one moment, from the log's start and end lines. */
function mostAtOnce(logText: string): number {
  const events = logText
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [, kind, time] = line.split(' ');
      return { time: Number(time), delta: kind === 'start' ? 1 : -1 };
    })
    // At the same millisecond an end goes first: touching runs did not overlap.
    .toSorted((a, b) => a.time - b.time || a.delta - b.delta);
  let now = 0;
  let most = 0;
  for (const event of events) most = Math.max(most, (now += event.delta));
  return most;
}

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe.each(VITEST_4_AND_3)('mutants whose tests mostly wait (%s)', (_name, nodeModules) => {
  it('run beside each other past the concurrency, with the verdicts of one at a time', async () => {
    project = await tempVitestProject({ 'src/delay.ts': DELAY, 'src/gap.ts': SOURCE, 'test/gap.test.ts': TEST }, nodeModules);
    const log = path.join(project.dir, 'runs.log');
    const args = ['run', '--concurrency', '1', '--mutate', 'src/gap.ts', '--no-cache', '--reporters', 'json'];

    const alone = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'alone'], project.dir, { MUTATE_OVERLAP: '0' });
    expect(alone.exitCode, alone.stderr).toBe(0);
    const aloneLog = readFileSync(log, 'utf8');
    expect(mostAtOnce(aloneLog)).toBe(1);

    const beside = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'beside'], project.dir);
    expect(beside.exitCode, beside.stderr).toBe(0);
    expect(mostAtOnce(readFileSync(log, 'utf8').slice(aloneLog.length))).toBeGreaterThan(1);

    const verdicts = verdictsByPlace(project.dir, 'alone', 'src/gap.ts');
    expect(Object.values(verdicts)).toContain('Killed');
    expect(Object.values(verdicts)).toContain('Survived');
    expect(verdictsByPlace(project.dir, 'beside', 'src/gap.ts')).toEqual(verdicts);
  });
});
