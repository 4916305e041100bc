import { afterEach, describe, expect, it } from 'vitest';
import { verdictsByPlace } from './support/report.js';
import { MUTATE_BIN, runCommand, tempVitestProject, type TempProject } from './support/temp-project.js';

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
