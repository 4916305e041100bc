import { describe, expect, it } from 'vitest';
import { LazyCollection, suitesOf } from '../src/lazy-collection.js';

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
    lazy.noteSize('', 'a.test.ts', tests);
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
    lazy.noteSize('', 'a.test.ts', tests);
    lazy.notePassed('', 'a.test.ts', ['F_0_1', 'F_0_2'], ['F_0_2']);
    let checks = 0;
    const check = async () => {
      checks += 1;
      return true;
    };
    // Same suites (0), the test that passed.
    expect(await lazy.killStands('', 'a.test.ts', ['F_0_3'], 'F_0_2', check)).toBe(true);
    expect(checks).toBe(0);
    // A test never seen passing is checked, once.
    expect(await lazy.killStands('', 'a.test.ts', ['F_0_3'], 'F_0_3', check)).toBe(true);
    expect(await lazy.killStands('', 'a.test.ts', ['F_0_1'], 'F_0_3', check)).toBe(true);
    expect(checks).toBe(1);
  });

  it('collects a set of suites whole from then on once a killing test fails alone', async () => {
    const lazy = new LazyCollection();
    lazy.noteSize('', 'a.test.ts', tests);
    expect(await lazy.killStands('', 'a.test.ts', ['F_0_1'], 'F_0_1', async () => false)).toBe(false);
    expect(lazy.collectOnly('', 'a.test.ts', ['F_0_4'])).toBeUndefined();
    // Other suites are not concerned.
    expect(lazy.collectOnly('', 'a.test.ts', ['F_1_0'])).toEqual(['F_1_0']);
  });
});
