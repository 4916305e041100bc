import { join } from 'node:path';
import { discoverSourceFiles, generateMutants, instrumentFile, parseSource } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/temp-project.js';
import { ExampleSession, type Outcomes } from './support/example-session.js';

/**
 * Oracle 1: instrumenting every file of the example changes nothing while no mutant is active.
 * Each instrumented file parses, and the example's own suite, served the instrumented code in
 * memory, gives exactly the outcomes it gives on the original files.
 */
const EXAMPLE = join(REPO_ROOT, 'examples/pricing');

describe('oracle 1: instrumented example with no mutant active', () => {
  let session: ExampleSession;
  beforeAll(async () => {
    session = await ExampleSession.start(EXAMPLE);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('parses and passes the example suite exactly as the original does', async () => {
    const files = await discoverSourceFiles(EXAMPLE);
    const { mutants } = generateMutants(files, allMutators);
    expect(mutants.length).toBeGreaterThan(100);

    const specifications = await session.specifications();
    const original: Outcomes = await session.run(specifications);
    expect(Object.keys(original).length).toBeGreaterThan(40);
    expect(Object.values(original).every((state) => state === 'passed')).toBe(true);

    for (const file of files) {
      const { code, map } = instrumentFile(file, mutants);
      expect(() => parseSource({ ...file, text: code }), file.path).not.toThrow();
      session.serve(join(EXAMPLE, file.path), { code, map });
    }
    expect(await session.run(specifications)).toEqual(original);

    // Proof that the instrumented copy is what ran: switching its first mutant on changes outcomes.
    const changed = await session.run(specifications, mutants.find((mutant) => mutant.ignoreReason === undefined)!.id);
    expect(changed).not.toEqual(original);
  });
});
