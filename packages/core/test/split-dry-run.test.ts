import { describe, expect, it } from 'vitest';
import type { DryRunResult } from '../src/runner.js';
import { joinDryRuns, splitTestFiles, testFileWeights } from '../src/lab/split-dry-run.js';

describe('splitTestFiles', () => {
  const weights: Record<string, number> = { 'a.test.ts': 900, 'b.test.ts': 500, 'c.test.ts': 400, 'd.test.ts': 100, 'e.test.ts': 50 };
  const weightOf = (file: string) => weights[file] ?? 0;

  it('shares the files among the parts by weight, each file in one part, in the given order', () => {
    const parts = splitTestFiles(Object.keys(weights), 2, weightOf);
    expect(parts).toEqual([['a.test.ts', 'd.test.ts'], ['b.test.ts', 'c.test.ts', 'e.test.ts']]);
    expect(parts.flat().toSorted()).toEqual(Object.keys(weights));
  });

  it('makes no empty part, and one part of everything when there is one worker', () => {
    expect(splitTestFiles(['a.test.ts'], 4, weightOf)).toEqual([['a.test.ts']]);
    expect(splitTestFiles(['a.test.ts', 'b.test.ts'], 1, weightOf)).toEqual([['a.test.ts', 'b.test.ts']]);
    expect(splitTestFiles([], 2, weightOf)).toEqual([]);
  });
});

describe('joinDryRuns', () => {
  const part = (file: string, overrides: Partial<DryRunResult>): DryRunResult => ({
    tests: [{ id: `${file}_0`, file, names: ['t'], durationMs: 5, covered: [1] }],
    staticCovered: { [file]: [7] },
    loadedFiles: { [file]: ['/src/a.ts'] },
    coverCounts: { 1: 2 },
    failures: [],
    durationMs: 100,
    notices: ['project x left out'],
    ...overrides,
  });

  it('is one dry run of both parts: tests, static mutants and loaded files by file, counts summed, the longer time', () => {
    const joined = joinDryRuns([part('/t/a.test.ts', { coverCounts: { 1: 2, 3: 1 } }), part('/t/b.test.ts', { durationMs: 250, failures: [{ test: 'b > t', message: 'no' }] })]);
    expect(joined.tests.map((test) => test.file)).toEqual(['/t/a.test.ts', '/t/b.test.ts']);
    expect(joined.staticCovered).toEqual({ '/t/a.test.ts': [7], '/t/b.test.ts': [7] });
    expect(joined.loadedFiles).toEqual({ '/t/a.test.ts': ['/src/a.ts'], '/t/b.test.ts': ['/src/a.ts'] });
    expect(joined.coverCounts).toEqual({ 1: 4, 3: 1 });
    expect(joined.failures).toEqual([{ test: 'b > t', message: 'no' }]);
    expect(joined.durationMs).toBe(250);
    expect(joined.notices).toEqual(['project x left out']);
  });
});

describe('testFileWeights', () => {
  const sizeOf = (file: string) => file.length * 1000;

  it('weighs by an earlier dry run’s times when it knows most files, the others as the median', () => {
    const earlier = new Map([
      ['/t/sleeps.test.ts', 2_700],
      ['/t/quick.test.ts', 3],
      ['/t/medium.test.ts', 40],
    ]);
    const weightOf = testFileWeights(['/t/sleeps.test.ts', '/t/quick.test.ts', '/t/medium.test.ts', '/t/new.test.ts'], earlier, sizeOf);
    expect(weightOf('/t/sleeps.test.ts')).toBe(2_720);
    expect(weightOf('/t/quick.test.ts')).toBe(23);
    expect(weightOf('/t/new.test.ts')).toBe(60);
  });

  it('weighs by size when there is no earlier dry run, or it knows fewer than half the files', () => {
    expect(testFileWeights(['/t/a.test.ts'], undefined, sizeOf)).toBe(sizeOf);
    expect(testFileWeights(['/t/a.test.ts', '/t/b.test.ts', '/t/c.test.ts'], new Map([['/t/a.test.ts', 5]]), sizeOf)).toBe(sizeOf);
  });
});
