import { describe, expect, it } from 'vitest';
import { judgeFile } from '../src/judge-file.js';
import type { FileRecord, TestRecord } from '../src/thread-types.js';

const passed = (id: string): TestRecord => ({ id, names: [id], durationMs: 1, covered: [] });
const failed = (id: string, failure: string): TestRecord => ({ ...passed(id), failure });
const record = (tests: TestRecord[], collected = tests.map((test) => test.id)): FileRecord => ({ staticCovered: new Set(), collected: new Set(collected), tests });

describe('judgeFile', () => {
  it('kills the mutant by the first failing test', () => {
    expect(judgeFile(record([passed('a'), failed('b', 'boom')]), undefined, ['a', 'b'], 3)).toEqual({
      kind: 'verdict',
      outcome: { status: 'Killed', killedBy: ['b'], message: 'boom', testsRun: 5 },
    });
  });

  it('kills the mutant by every selected test of a file that fails to load', () => {
    expect(judgeFile(undefined, 'Cannot read properties of undefined', ['a', 'b'], 0)).toEqual({
      kind: 'verdict',
      outcome: { status: 'Killed', killedBy: ['a', 'b'], message: 'Cannot read properties of undefined', testsRun: 0 },
    });
  });

  it('goes on when every selected test passed', () => {
    expect(judgeFile(record([passed('a'), passed('b')]), undefined, ['a', 'b'], 0)).toEqual({ kind: 'passed', ran: 2, notCollected: 0, notRun: 0 });
  });

  it('tells tests the mutant removed from tests that were there and did not run', () => {
    expect(judgeFile(record([passed('a')], ['a', 'b']), undefined, ['a', 'b', 'c'], 0)).toEqual({ kind: 'passed', ran: 1, notCollected: 1, notRun: 1 });
  });
});
