import { instrumentFile, instrumentValidated, offendingMutants, parseSource, type CompileCheck, type Mutant } from '@mutate/core';
import { describe, expect, it } from 'vitest';
import { mutantsOf, plusToMinus } from './helpers.js';

/** Forty `+` mutants on forty lines, one switch each. */
const TEXT = Array.from({ length: 40 }, (_, i) => `export const v${i} = a + ${i};`).join('\n') + '\n';
const FILE = { path: 'src/sums.ts', text: TEXT };
const MUTANTS = mutantsOf(TEXT, [plusToMinus], FILE.path);

/** A runner's compile check that rejects any file holding the switch of a mutant in `broken`: an instrumenter defect on purpose. */
function rejecting(...broken: number[]): CompileCheck & { calls: number } {
  const check = async (files: readonly { path: string; code: string }[]) => {
    check.calls += 1;
    return files.filter((file) => broken.some((id) => file.code.includes(`__mutate.active === ${id} `))).map((file) => ({ path: file.path, message: 'Unexpected token', line: 3 }));
  };
  check.calls = 0;
  return check;
}

function idsOf(mutants: readonly Mutant[]): number[] {
  return mutants.map((mutant) => mutant.id).sort((a, b) => a - b);
}

describe('instrumentValidated', () => {
  it('leaves valid files as instrumented, with no verdicts and no warnings', async () => {
    const result = await instrumentValidated({ root: '/project', files: [FILE], mutants: MUTANTS, check: rejecting() });
    expect(result.compileErrors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.instrumented.get(FILE.path)!.code).toBe(instrumentFile(FILE, MUTANTS).code);
  });

  it('finds the mutants whose switch breaks the file, reports them as CompileError, and instruments the file without them', async () => {
    expect(MUTANTS).toHaveLength(40);
    const [, , third, , , , , eighth] = MUTANTS;
    const check = rejecting(third!.id, eighth!.id);
    const result = await instrumentValidated({ root: '/project', files: [FILE], mutants: MUTANTS, check });

    expect(idsOf(result.compileErrors.map((error) => error.mutant))).toEqual([third!.id, eighth!.id]);
    expect(result.compileErrors[0]!.message).toBe('Unexpected token');
    const code = result.instrumented.get(FILE.path)!.code;
    expect(await check([{ path: '/project/src/sums.ts', code }])).toEqual([]);
    // Every other mutant keeps its switch.
    for (const mutant of MUTANTS.filter((m) => m !== third && m !== eighth)) expect(code).toContain(`__mutate.active === ${mutant.id} `);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('src/sums.ts');
    expect(result.warnings[0]).toContain(`line 3 PlusToMinus, line 8 PlusToMinus`);
    expect(result.warnings[0]).toMatch(/bug in mutate.*report it/s);
    // Bisection, not one check per mutant.
    expect(check.calls).toBeLessThan(MUTANTS.length);
  });

  it('checks with Babel in the grammar of the source, runner or not', async () => {
    const [first] = MUTANTS;
    // A defective instrumenter: the switch of the first mutant loses its closing parenthesis.
    const instrument: typeof instrumentFile = (file, mutants) => {
      const instrumented = instrumentFile(file, mutants);
      const broken = mutants.some((mutant) => mutant.id === first!.id) ? instrumented.code.replace(`a + 0))`, 'a + 0)') : instrumented.code;
      return { ...instrumented, code: broken };
    };
    const result = await instrumentValidated({ root: '/project', files: [FILE], mutants: MUTANTS, instrument });
    expect(idsOf(result.compileErrors.map((error) => error.mutant))).toEqual([first!.id]);
    expect(() => parseSource({ path: FILE.path, text: result.instrumented.get(FILE.path)!.code })).not.toThrow();
  });

  it('blames no mutant for a file that does not compile even unmutated', async () => {
    const check: CompileCheck = async (files) => files.map((file) => ({ path: file.path, message: 'no JSX here' }));
    const result = await instrumentValidated({ root: '/project', files: [FILE], mutants: MUTANTS, check });
    expect(result.compileErrors).toEqual([]);
  });
});

describe('offendingMutants (bisection)', () => {
  const items = Array.from({ length: 40 }, (_, i) => i);

  it('finds each offending item alone, wherever it is', async () => {
    for (const bad of [[0], [39], [7, 21], [1, 2, 3, 38]]) {
      expect(await offendingMutants(items, async (subset) => !subset.some((item) => bad.includes(item)))).toEqual(bad);
    }
  });

  it('drops one of a pair that only fails together, and the rest compiles', async () => {
    const compiles = async (subset: readonly number[]) => !(subset.includes(5) && subset.includes(30));
    const offending = await offendingMutants(items, compiles);
    expect(offending).toEqual([30]);
    expect(await compiles(items.filter((item) => !offending.includes(item)))).toBe(true);
  });
});
