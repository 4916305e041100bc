import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verdictsByPlace } from './support/report.js';
import { MUTATE_BIN, REPO_ROOT, runCommand, tempVitestProject, type TempProject, VITEST_4_AND_3 } from './support/temp-project.js';

// The mutants of `greeting` come first, so the tests they make fail run before the other files'.
const SOURCE = `export function greeting(name: string): string {
  return 'hello ' + name;
}
export function cwdName(): string {
  return process.cwd().split('/').pop() ?? '';
}
export function envName(): string {
  return process.env.APP_NAME ?? 'default';
}
export function clockName(): string {
  return typeof (globalThis as { clock?: unknown }).clock === 'undefined' ? 'real' : 'stubbed';
}
`;

// A test that changes process-wide state and puts it back only if its assertion passes: under a
// mutant of \`greeting\` it fails half-way and leaves process.cwd, an env variable, a global, a
// replaced built-in and a process listener behind.
const LEAKY_TEST = `import { expect, it } from 'vitest';
import { greeting } from '../src/app.js';
it('greets from a fake directory', () => {
  const realCwd = process.cwd;
  const realNow = Date.now;
  const onWarning = () => {};
  process.cwd = () => '';
  process.env.APP_NAME = 'leaked';
  (globalThis as { clock?: unknown }).clock = {};
  Date.now = () => 0;
  process.on('warning', onWarning);
  expect(greeting('x')).toBe('hello x');
  process.cwd = realCwd;
  delete process.env.APP_NAME;
  delete (globalThis as { clock?: unknown }).clock;
  Date.now = realNow;
  process.off('warning', onWarning);
});
`;

const VICTIM_TEST = `import { expect, it } from 'vitest';
import { clockName, cwdName, envName } from '../src/app.js';
it('reads the real directory', () => {
  expect(cwdName()).not.toBe('');
});
it('reads the default name', () => {
  expect(envName()).toBe('default');
});
it('sees the real clock', () => {
  expect(clockName()).toBe('real');
  expect(Date.now()).toBeGreaterThan(0);
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});


describe('kept-alive test threads', () => {
  it('give the same verdicts as a fresh thread per run, though a failing test leaves process state behind', async () => {
    project = await tempVitestProject({ 'src/app.ts': SOURCE, 'test/a-leaky.test.ts': LEAKY_TEST, 'test/b-victim.test.ts': VICTIM_TEST });
    const keptAlive = await project.mutate('run', '--concurrency', '1', '--reporters', 'json', '--report-dir', 'kept');
    expect(keptAlive.exitCode, keptAlive.stderr).toBe(0);
    const fresh = await runCommand(MUTATE_BIN, ['run', '--concurrency', '1', '--reporters', 'json', '--report-dir', 'fresh'], project.dir, { MUTATE_FRESH_THREADS: '1' });
    expect(fresh.exitCode, fresh.stderr).toBe(0);

    const withKeptAlive = verdictsByPlace(project.dir, 'kept', 'src/app.ts');
    expect(withKeptAlive).toEqual(verdictsByPlace(project.dir, 'fresh', 'src/app.ts'));
    // The leaky test kills greeting's mutants...
    expect(withKeptAlive['2:StringLiteral:""']).toBe('Killed');
    // ...and what it leaves behind must not kill mutants its victims cannot detect: cwdName's
    // emptied body returns undefined, which is not '', and so survives, as on a fresh thread.
    expect(withKeptAlive['4:BlockStatement:{}']).toBe('Survived');
    expect(withKeptAlive['5:StringLiteral:""']).toBe('Survived');
  });
});

// Each killed mutant of `lock` costs its worker: its test adds a global that cannot be taken away
// (accepted for good only after a passing run). The mutants of `area` that come next are mostly
// killed too.
const LOCK_SOURCE = `export function lock(): number {
  return 1;
}
export function area(width: number, height: number): number {
  if (width < 0 || height < 0) return 0;
  return width * height;
}
`;

const LOCK_TEST = `import { expect, it } from 'vitest';
import { lock } from '../src/app.js';
it('locks for good', () => {
  Object.defineProperty(globalThis, 'lock' + String(Math.random()).slice(2), { value: 1, configurable: false });
  expect(lock()).toBe(1);
});
`;

const AREA_TEST = `import { expect, it } from 'vitest';
import { area } from '../src/app.js';
it('multiplies the sides', () => {
  expect(area(2, 3)).toBe(6);
});
it('is zero for a negative side', () => {
  expect(area(-1, 3)).toBe(0);
  expect(area(3, -1)).toBe(0);
});
`;

describe.each(VITEST_4_AND_3)('a new test worker (%s)', (_name, nodeModules) => {
  it('warms up with its first mutant run\'s tests, so that the killed mutants after it do not each cost a worker', async () => {
    project = await tempVitestProject({ 'src/app.ts': LOCK_SOURCE, 'test/a-lock.test.ts': LOCK_TEST, 'test/b-area.test.ts': AREA_TEST }, nodeModules);
    const args = ['run', '--concurrency', '1', '--reporters', 'json'];
    const keptAlive = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'kept'], project.dir, { MUTATE_DEBUG: '1' });
    expect(keptAlive.exitCode, keptAlive.stderr).toBe(0);
    const verdicts = verdictsByPlace(project.dir, 'kept', 'src/app.ts');
    const line = (place: string) => Number(place.split(':')[0]);
    const lockMutants = Object.entries(verdicts).filter(([place]) => line(place) <= 3);
    expect(lockMutants.length, JSON.stringify(verdicts)).toBeGreaterThan(0);
    expect(lockMutants.every(([, status]) => status === 'Killed'), JSON.stringify(verdicts)).toBe(true);
    // area's first mutants (its emptied body, its condition made true or false) are killed.
    const killedAreaMutants = Object.entries(verdicts).filter(([place, status]) => line(place) > 3 && status === 'Killed').length;
    expect(killedAreaMutants, JSON.stringify(verdicts)).toBeGreaterThanOrEqual(5);
    // The dry run's worker and one after each of lock's killed mutants (+1 for a lazy start): without
    // the warm-up, each of area's first killed mutants would have run in a worker of its own too,
    // the worker knowing no clean state to keep to.
    const started = keptAlive.stderr.match(/test worker started/g)?.length ?? 0;
    expect(started).toBeGreaterThanOrEqual(1 + lockMutants.length);
    expect(started).toBeLessThanOrEqual(2 + lockMutants.length);
    const fresh = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'fresh'], project.dir, { MUTATE_FRESH_THREADS: '1' });
    expect(fresh.exitCode, fresh.stderr).toBe(0);
    expect(verdicts).toEqual(verdictsByPlace(project.dir, 'fresh', 'src/app.ts'));
  });
});

// Code whose mutants end every way a run can: killed by a test, by a failing `beforeAll`, by a
// module-level table, in an endless loop (Timeout), or not at all.
const REPLAY_SOURCE = `export const SIZES = ['S', 'M', 'L'];
export function label(size: string): string {
  return 'size ' + size;
}
export function total(values: number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum;
}
export function config(): { retries: number } {
  return { retries: 3 };
}
export function isLarge(size: string): boolean {
  return size === 'L' || size === 'XL';
}
`;

const REPLAY_TESTS = {
  'test/a-label.test.ts': `import { expect, it } from 'vitest';
import { label, SIZES } from '../src/app.js';
it('labels', () => {
  expect(label('M')).toBe('size M');
});
it('knows three sizes', () => {
  expect(SIZES).toHaveLength(3);
});
`,
  'test/b-total.test.ts': `import { expect, it } from 'vitest';
import { total } from '../src/app.js';
it('adds', () => {
  expect(total([1, 2, 3])).toBe(6);
});
it('adds nothing', () => {
  expect(total([])).toBe(0);
});
`,
  'test/c-hook.test.ts': `import { beforeAll, expect, it } from 'vitest';
import { config, isLarge } from '../src/app.js';
let retries = 0;
beforeAll(() => {
  retries = config().retries;
  if (retries !== 3) throw new Error('bad config');
});
it('is large', () => {
  expect(isLarge('L')).toBe(true);
  expect(retries).toBe(3);
});
`,
};

describe.each(VITEST_4_AND_3)('runs replayed in a kept-alive worker, without vitest\'s main thread (%s)', (_name, nodeModules) => {
  it('give the verdicts of runs through vitest\'s main thread, whichever way a mutant ends', async () => {
    project = await tempVitestProject({ 'src/app.ts': REPLAY_SOURCE, ...REPLAY_TESTS }, nodeModules);
    const args = ['run', '--concurrency', '1', '--reporters', 'json'];
    const replayed = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'replayed'], project.dir, { MUTATE_DEBUG: '1' });
    expect(replayed.exitCode, replayed.stderr).toBe(0);
    const through = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'through'], project.dir, { MUTATE_REPLAY: '0', MUTATE_DEBUG: '1' });
    expect(through.exitCode, through.stderr).toBe(0);
    // Replays happened (most runs are of files their worker ran before), and only when asked for.
    expect(replayed.stderr.match(/\] replayed /g)?.length ?? 0).toBeGreaterThan(10);
    expect(through.stderr).not.toContain('] replayed ');

    const verdicts = verdictsByPlace(project.dir, 'replayed', 'src/app.ts');
    expect(verdicts).toEqual(verdictsByPlace(project.dir, 'through', 'src/app.ts'));
    const statuses = new Set(Object.values(verdicts));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['Killed', 'Survived', 'Timeout']));
    // Killed by the table's test, by the failing hook, and the loop that never ends.
    expect(verdicts['1:ArrayDeclaration:[]']).toBe('Killed');
    expect(verdicts['11:ObjectLiteral:{}']).toBe('Killed');
    expect(verdicts['7:UpdateOperator:i--']).toBe('Timeout');
    // The sizes' strings are never compared, and isLarge is asked of 'L' only.
    expect(verdicts['1:StringLiteral:""']).toBe('Survived');
    expect(verdicts['14:ConditionalExpression:true']).toBe('Survived');
  });
});

// A package (in a node_modules, so vitest 3 loads it once per worker, outside its isolation) that
// makes a spy when it loads; vitest restores every spy after each test file, this one included.
const SPY_PACKAGE = `import { vi } from 'vitest';
export const logger = { warn: vi.fn() };
`;

const WARN_SOURCE = `export function warnIfNegative(x: number, warn: (message: string) => void): number {
  if (x < 0) warn('negative ' + x);
  return Math.abs(x);
}
`;

const WARN_TEST = `import { expect, it } from 'vitest';
import { logger } from '../vendor/node_modules/spy-package/index.js';
import { warnIfNegative } from '../src/app.js';
it('warns once about a negative number', () => {
  expect(warnIfNegative(-2, logger.warn)).toBe(2);
  expect(logger.warn).toHaveBeenCalledTimes(1);
});
`;

describe('a vitest 3 worker that outlives its runs', () => {
  it('still restores, after each run, a spy that a package loaded once per worker made, while it drops those of finished runs', async () => {
    project = await tempVitestProject(
      { 'src/app.ts': WARN_SOURCE, 'test/warn.test.ts': WARN_TEST, 'vendor/node_modules/spy-package/index.js': SPY_PACKAGE, 'vendor/node_modules/spy-package/package.json': '{ "name": "spy-package", "type": "module" }\n' },
      path.join(REPO_ROOT, 'test/vitest-versions/3.2/node_modules'),
    );
    const args = ['run', '--concurrency', '1', '--reporters', 'json'];
    const keptAlive = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'kept'], project.dir, { MUTATE_DEBUG: '1' });
    expect(keptAlive.exitCode, keptAlive.stderr).toBe(0);
    // Every mutant ran in one worker, the package's spy along with it.
    expect(keptAlive.stderr.match(/test worker started/g)?.length ?? 0).toBeLessThanOrEqual(2);
    const fresh = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'fresh'], project.dir, { MUTATE_FRESH_THREADS: '1' });
    expect(fresh.exitCode, fresh.stderr).toBe(0);
    const verdicts = verdictsByPlace(project.dir, 'kept', 'src/app.ts');
    expect(verdicts).toEqual(verdictsByPlace(project.dir, 'fresh', 'src/app.ts'));
    // The message is never checked: had the spy kept its calls from run to run, it would be Killed.
    expect(verdicts['2:StringLiteral:""']).toBe('Survived');
  });
});
