import type { TestProject, TestSpecification } from 'vitest/node';

/** A specification for some tests of a file, and the ids the switchboard must keep if vitest cannot select them itself. */
export interface Selection {
  readonly specification: TestSpecification;
  readonly onlyTests?: readonly string[];
}

/**
 * Selects tests of a file by id. vitest 4.1 and later take `createSpecification(file, { testIds })`;
 * before that (vitest 3, and 4.0, whose second parameter is a list of line numbers) the whole file
 * runs and the switchboard skips every test it was not given. Which one applies is found out from
 * the specification vitest returns, never from its version number: a guess by version selected
 * nothing on vitest 4.0, and every mutant "survived".
 */
export class TestSelection {
  private selectsByIds: boolean | undefined;

  specificationFor(project: TestProject, file: string, ids: readonly string[]): Selection {
    if (this.selectsByIds !== false) {
      const specification = project.createSpecification(file, { testIds: [...ids] } as never);
      const selected = (specification as { testIds?: unknown }).testIds;
      this.selectsByIds = Array.isArray(selected) && selected.length === ids.length;
      if (this.selectsByIds) return { specification };
    }
    return { specification: project.createSpecification(file), onlyTests: ids };
  }
}
