import { describe, expect, it } from 'vitest';
import type { TestProject } from 'vitest/node';
import { TestSelection } from '../src/test-selection.js';

/** A project whose `createSpecification` behaves as vitest 4.1+ (options object) or 4.0 and 3.x (line numbers). */
function fakeProject(takesOptions: boolean): { project: TestProject; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const project = {
    createSpecification(moduleId: string, second?: unknown) {
      calls.push([moduleId, second]);
      if (takesOptions && second && typeof second === 'object' && !Array.isArray(second)) return { moduleId, testIds: (second as { testIds: string[] }).testIds };
      // 4.0: the second parameter is `testLines`; an object there selects nothing by id.
      return { moduleId, testLines: second };
    },
  } as unknown as TestProject;
  return { project, calls };
}

describe('TestSelection', () => {
  it('selects by test id where vitest takes { testIds }', () => {
    const { project } = fakeProject(true);
    const selection = new TestSelection().specificationFor(project, '/p/a.test.ts', ['a_0', 'a_3']);
    expect(selection.onlyTests).toBeUndefined();
    expect((selection.specification as { testIds?: string[] }).testIds).toEqual(['a_0', 'a_3']);
  });

  it("runs the whole file and hands the ids to the switchboard where vitest does not (4.0's line numbers), and remembers it", () => {
    const { project, calls } = fakeProject(false);
    const selection = new TestSelection();
    const first = selection.specificationFor(project, '/p/a.test.ts', ['a_0']);
    expect(first.onlyTests).toEqual(['a_0']);
    expect((first.specification as { testLines?: unknown }).testLines).toBeUndefined();
    const second = selection.specificationFor(project, '/p/b.test.ts', ['b_1']);
    expect(second.onlyTests).toEqual(['b_1']);
    // The probe with { testIds } happened once; afterwards, only plain whole-file specifications.
    expect(calls.filter(([, options]) => options !== undefined)).toHaveLength(1);
  });
});
