import { describe, expect, it } from 'vitest';
import type { FileReport, TestReport } from '../src/file-report.js';
import type { FileOutcome } from '../src/judge-file.js';
import { LazyCollection, suitesOf, type TestsBySuite } from '../src/lazy-collection.js';
import { META } from '../src/switchboard-setup.js';

const report = (tests: TestReport[]): FileReport[] => [{ moduleId: 'a.test.ts', tests, errors: [], hookErrors: [], unhandledErrors: [] }];
const passed = (id: string, meta: Record<string, unknown> = {}): TestReport => ({ id, state: 'passed', errors: [], meta });

/** A run that collected the file whole and counted its tests. */
function noteSize(lazy: LazyCollection, project: string, file: string, tests: TestsBySuite): void {
  lazy.learn(project, file, undefined, report([passed('F_0_0', { [META.collected]: tests })]));
}

/** A run collected by the suites of `ids` in which `passedIds` passed. */
function notePassed(lazy: LazyCollection, project: string, file: string, ids: string[], passedIds: string[]): void {
  lazy.learn(project, file, ids, report(passedIds.map((id) => passed(id))));
}

/** Whether a kill by `test` in a run collected by the suites of `ids` stands (else the file runs whole). */
async function killStands(lazy: LazyCollection, project: string, file: string, ids: string[], test: string, check: () => Promise<boolean>): Promise<boolean> {
  const killed: FileOutcome = { kind: 'verdict', outcome: { status: 'Killed', killedBy: [test], message: 'failed', testsRun: 1 } };
  const whole: FileOutcome = { kind: 'passed', ran: ids.length, notCollected: 0, loadFailure: undefined, reached: true };
  return (await lazy.verdict(project, file, ids, killed, { whole: async () => whole, passesAlone: check })) === killed;
}

describe('suitesOf', () => {
  it('gives the places of every suite above the tests, past the file id', () => {
    expect(suitesOf(['-123_3_1_4', '-123_3_2', '-123_0'])).toEqual(['3', '3_1']);
  });

  it('gives none for tests at the top of the file', () => {
    expect(suitesOf(['77_0', '77_5'])).toEqual([]);
  });
});

describe('LazyCollection', () => {
  // 5 tests at the top, 10 in suite 0, 100 in suite 1 (90 of them in its suite 1_2).
  const tests = { '': 5, '0': 10, '1': 10, '1_2': 90 };

  it('collects whole a file no run has reported on yet', () => {
    expect(new LazyCollection().collectOnly('', 'a.test.ts', ['F_0_1'])).toBeUndefined();
  });

  it('collects by suites only where most of the file, and at least 50 tests, are left out', () => {
    const lazy = new LazyCollection();
    noteSize(lazy, '', 'a.test.ts', tests);
    // Suite 0: 5 + 10 of 115 collected.
    expect(lazy.collectOnly('', 'a.test.ts', ['F_0_1'])).toEqual(['F_0_1']);
    // Suite 1_2: 5 + 10 + 90 of 115.
    expect(lazy.collectOnly('', 'a.test.ts', ['F_1_2_7'])).toBeUndefined();
    // Another file, or another project, knows nothing yet.
    expect(lazy.collectOnly('', 'b.test.ts', ['F_0_1'])).toBeUndefined();
    expect(lazy.collectOnly('web', 'a.test.ts', ['F_0_1'])).toBeUndefined();
  });

  it('lets a kill stand without a check when its test passed collected the same way before', async () => {
    const lazy = new LazyCollection();
    noteSize(lazy, '', 'a.test.ts', tests);
    notePassed(lazy, '', 'a.test.ts', ['F_0_1', 'F_0_2'], ['F_0_2']);
    let checks = 0;
    const check = async () => {
      checks += 1;
      return true;
    };
    // Same suites (0), the test that passed.
    expect(await killStands(lazy, '', 'a.test.ts', ['F_0_3'], 'F_0_2', check)).toBe(true);
    expect(checks).toBe(0);
    // A test never seen passing is checked, once.
    expect(await killStands(lazy, '', 'a.test.ts', ['F_0_3'], 'F_0_3', check)).toBe(true);
    expect(await killStands(lazy, '', 'a.test.ts', ['F_0_1'], 'F_0_3', check)).toBe(true);
    expect(checks).toBe(1);
  });

  it('collects a set of suites whole from then on once a killing test fails alone', async () => {
    const lazy = new LazyCollection();
    noteSize(lazy, '', 'a.test.ts', tests);
    expect(await killStands(lazy, '', 'a.test.ts', ['F_0_1'], 'F_0_1', async () => false)).toBe(false);
    expect(lazy.collectOnly('', 'a.test.ts', ['F_0_4'])).toBeUndefined();
    // Other suites are not concerned.
    expect(lazy.collectOnly('', 'a.test.ts', ['F_1_0'])).toEqual(['F_1_0']);
  });
});
