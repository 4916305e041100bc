import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { applyMutant, discoverSourceFiles, generateMutants, instrumentFile, type Mutant, type SourceFile } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestSpecification } from 'vitest/node';
import { REPO_ROOT } from '../support/temp-project.js';
import { ExampleSession, type RunResult } from './support/example-session.js';

/**
 * Oracle 2, differential: for every mutant of the example, switching it on in the instrumented copy
 * must give the example's suite the same outcomes, test by test, as editing that one mutation into
 * the source text by hand. Two sessions of the example's own vitest run side by side: one serves the
 * instrumented files and flips the active mutant, the other serves the hand-mutated file.
 */
const EXAMPLE = join(REPO_ROOT, 'examples/pricing');

/** Relative imports of a file that load code (not `import type`), resolved to files of the example (`./money.js` is `money.ts`). */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)(?!\s+type\b)[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gms)].map((match) => resolve(dirname(file), match[1]!).replace(/\.js$/, '.ts'));
}

/** The test files that load `source`, directly or through other modules. */
function testFilesLoading(source: string, specifications: readonly TestSpecification[]): TestSpecification[] {
  const loads = (file: string, seen: Set<string>): boolean => {
    if (file === source) return true;
    if (seen.has(file)) return false;
    seen.add(file);
    return localImports(file).some((imported) => loads(imported, seen));
  };
  return specifications.filter((specification) => loads(specification.moduleId, new Set()));
}

/** The tests whose outcome differs, each with both outcomes; empty when the runs agree. */
function describeDifferences(viaSwitch: RunResult, byHand: RunResult): string {
  if (viaSwitch.hung !== byHand.hung) return `  hung: switched ${viaSwitch.hung}, by hand ${byHand.hung}`;
  const tests = new Set([...Object.keys(viaSwitch.outcomes), ...Object.keys(byHand.outcomes)]);
  return [...tests]
    .filter((test) => viaSwitch.outcomes[test] !== byHand.outcomes[test])
    .map((test) => `  ${test}\n    switched: ${viaSwitch.outcomes[test]}\n    by hand:  ${byHand.outcomes[test]}`)
    .join('\n');
}

describe('oracle 2: every mutant switched on behaves as the mutation applied by hand', () => {
  let switched: ExampleSession;
  let applied: ExampleSession;
  let files: SourceFile[];
  let mutants: Mutant[];

  beforeAll(async () => {
    files = await discoverSourceFiles(EXAMPLE);
    mutants = generateMutants(files, allMutators).mutants.filter((mutant) => mutant.ignoreReason === undefined);
    switched = await ExampleSession.start(EXAMPLE);
    for (const file of files) switched.serve(join(EXAMPLE, file.path), instrumentFile(file, mutants));
    applied = await ExampleSession.start(EXAMPLE);
  });
  afterAll(async () => {
    await Promise.all([switched?.close(), applied?.close()]);
  });

  it('gives the same test outcomes for every mutant of the example', { timeout: 600_000 }, async () => {
    const specifications = await switched.specifications();
    const disagreements: string[] = [];
    let killed = 0;
    for (const mutant of mutants) {
      const path = join(EXAMPLE, mutant.file);
      const source = files.find((file) => file.path === mutant.file)!;
      const tests = testFilesLoading(path, specifications);
      const viaSwitch: RunResult = await switched.runGuarded(tests, mutant.id);
      applied.serve(path, { code: applyMutant(source.text, mutant) });
      const byHand: RunResult = await applied.runGuarded(applied.sameFiles(tests));
      applied.serve(path, undefined);
      const differences = describeDifferences(viaSwitch, byHand);
      if (differences) disagreements.push(`#${mutant.id} ${mutant.file}:${mutant.location.start.line} ${mutant.mutatorName} ${mutant.original} -> ${mutant.replacement}\n${differences}`);
      if (viaSwitch.hung || Object.values(viaSwitch.outcomes).some((outcome) => outcome !== 'passed')) killed += 1;
    }
    expect(disagreements).toEqual([]);
    // The comparison means something only if mutants change outcomes: most of the example's are caught.
    expect(mutants.length).toBeGreaterThan(300);
    expect(killed / mutants.length).toBeGreaterThan(0.5);
  });
});
