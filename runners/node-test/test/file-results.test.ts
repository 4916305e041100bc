import { describe, expect, it } from 'vitest';
import { failuresOf, resultsOf } from '../src/file-results.js';
import { mutantVerdictOfFile } from '../src/file-verdicts.js';
import type { FileRun } from '../src/run-file.js';
import { SiblingCounter, ROOT_KEY } from '../src/test-key.js';

const line = (type: 'start' | 'pass' | 'fail', name: string, nesting: number, more: object = {}) => JSON.stringify({ type, name, nesting, ...more });

// As node:test reports `describe('outer', () => { it('a'); it('a'); describe('inner', () => { it('b') }) }); test('top')`
// with the second 'a' failing: each starts in order, and ends before its parent.
const EVENTS = [
  line('start', 'outer', 0),
  line('start', 'a', 1),
  line('pass', 'a', 1, { durationMs: 3 }),
  line('start', 'a', 1),
  line('fail', 'a', 1, { durationMs: 4, message: 'AssertionError: 1 == 2', failureType: 'testCodeFailure' }),
  line('start', 'inner', 1),
  line('start', 'b', 2),
  line('pass', 'b', 2, { durationMs: 5 }),
  line('pass', 'inner', 1),
  line('fail', 'outer', 0, { message: '1 subtest failed', failureType: 'subtestsFailed' }),
  line('start', 'top', 0),
  line('pass', 'top', 0, { skip: true }),
];

/** The keys the preload gives the same tests as they are defined. */
function definedKeys() {
  const siblings = new SiblingCounter();
  const outer = siblings.next(ROOT_KEY, 'outer');
  const [a1, a2] = [siblings.next(outer, 'a'), siblings.next(outer, 'a')];
  const inner = siblings.next(outer, 'inner');
  return { a1, a2, b: siblings.next(inner, 'b'), top: siblings.next(ROOT_KEY, 'top') };
}

describe("a test file's results", () => {
  it('are keyed as the preload keys the tests it defines, same-named siblings apart', () => {
    const keys = definedKeys();
    const results = new Map(resultsOf(EVENTS).map((result) => [result.key, result]));
    expect(results.get(keys.a1)).toMatchObject({ outcome: 'passed', durationMs: 3, names: ['outer', 'a'] });
    expect(results.get(keys.a2)).toMatchObject({ outcome: 'failed', message: 'AssertionError: 1 == 2' });
    expect(results.get(keys.b)).toMatchObject({ outcome: 'passed', names: ['outer', 'inner', 'b'] });
    expect(results.get(keys.top)?.outcome).toBe('skipped');
  });

  it('name as failures the tests that failed, not the suites failing because of them', () => {
    expect(failuresOf(resultsOf(EVENTS)).map((result) => result.names)).toEqual([['outer', 'a']]);
  });

  it('skip a line cut short by a killed process', () => {
    expect(resultsOf([...EVENTS.slice(0, 3), '{"type":"sta'])).toHaveLength(1);
  });
});

describe("a mutant's verdict in one file", () => {
  const keys = definedKeys();
  const report = { tests: Object.values(keys).map((key) => ({ key, names: [], todo: false, covered: [], childProcesses: 0 })), staticCovered: [], coverCounts: {}, overLimit: false };
  const run = (more: Partial<FileRun> = {}): FileRun => ({ exitCode: 1, timedOut: false, stderr: '', events: EVENTS, report, ...more });
  const idOf = (key: string) => `file#${key}`;

  it('is killed by the selected tests that failed', () => {
    expect(mutantVerdictOfFile(run(), [keys.a1, keys.a2], idOf)).toEqual({ kind: 'killed', killedBy: [idOf(keys.a2)], message: 'AssertionError: 1 == 2', ran: 2 });
  });

  it('counts the selected tests that passed, and never a skipped one as run', () => {
    expect(mutantVerdictOfFile(run({ exitCode: 0 }), [keys.a1, keys.b, keys.top], idOf)).toEqual({ kind: 'passed', ran: 2, removed: 0, notRun: 1 });
  });

  it('tells selected tests the file no longer defines from those that did not run', () => {
    const gone = '[["gone"]]';
    expect(mutantVerdictOfFile(run({ exitCode: 0 }), [keys.a1, gone], idOf)).toMatchObject({ ran: 1, removed: 1, notRun: 0 });
    const notReported = { ...report, tests: [...report.tests, { key: gone, names: ['gone'], todo: false, covered: [], childProcesses: 0 }] };
    expect(mutantVerdictOfFile(run({ exitCode: 0, report: notReported }), [keys.a1, gone], idOf)).toMatchObject({ ran: 1, removed: 0, notRun: 1 });
  });

  it('is a timeout past the deadline or the hit limit, failures or not', () => {
    expect(mutantVerdictOfFile(run({ timedOut: true }), [keys.a2], idOf)).toEqual({ kind: 'timeout' });
    expect(mutantVerdictOfFile(run({ report: { ...report, overLimit: true } }), [keys.a2], idOf)).toEqual({ kind: 'timeout' });
  });

  it('is a load failure when the process failed with no selected test failing', () => {
    const verdict = mutantVerdictOfFile(run({ events: [], report: undefined, stderr: 'Error: cannot load\n    at node:internal/x (node:internal/x:1:1)\n\nNode.js v20.0.0' }), [keys.a1], idOf);
    expect(verdict).toEqual({ kind: 'passed', ran: 0, removed: 0, notRun: 1, loadFailure: 'Error: cannot load' });
  });
});
