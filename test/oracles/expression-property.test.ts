import { applyMutant, generateMutants, instrumentFile, parseSource } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * Oracle 3: property-based. fast-check writes small programs out of the expressions the operator
 * mutators work on; for every mutant of every program, switching it on in the instrumented copy must
 * give the same result (or the same error) as applying it to the source text by hand, on random
 * inputs. With no mutant active, the instrumented copy must behave as the original.
 */

const leaf = fc.constantFrom(
  'a', 'b', 'c', 's', '0', '1', '2', 'true', 'false', "'x'", "''", '`t${a}`', '[a, b]', '{ k: a }',
  'o?.k', 'o?.f?.(a)', "s.startsWith('a')", 's.trim()', 'Math.min(a, b)', '/^a\\d$/.test(s)', '((v) => v * 2)(b)',
);

const ARITHMETIC = ['+', '-', '*', '/', '%'];
const COMPARISON = ['<', '<=', '>', '>=', '===', '!==', '==', '!='];
const LOGICAL = ['&&', '||', '??'];
const UNARY = ['!', '-', '+', '~', 'typeof '];

const { expression } = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    // Arithmetic and comparisons sometimes go unparenthesized, so precedence-sensitive printing is exercised.
    fc.tuple(tie('expression'), fc.constantFrom(...ARITHMETIC, ...COMPARISON), tie('expression'), fc.boolean()).map(
      ([left, operator, right, parens]) => (parens ? `(${left} ${operator} ${right})` : `${left} ${operator} (${right})`),
    ),
    fc.tuple(tie('expression'), fc.constantFrom(...LOGICAL), tie('expression')).map(([left, operator, right]) => `(${left} ${operator} ${right})`),
    fc.tuple(fc.constantFrom(...UNARY), tie('expression')).map(([operator, operand]) => `${operator}(${operand})`),
    fc.tuple(tie('expression'), tie('expression'), tie('expression')).map(([test, yes, no]) => `(${test} ? ${yes} : ${no})`),
  ),
}));

/** A small function around generated expressions: a branch, a loop with an update, compound assignment, an early return. */
const program = fc.tuple(expression, expression, expression, expression).map(
  ([init, test, update, result]) => `function f(a, b, c, s, o) {
  let x = ${init};
  if (${test}) {
    x += ${update};
  }
  let guard = 0;
  for (let i = 0; i < 3; i++) {
    // mutate-disable-next-line: keeps \`i--\` and forced loop tests from running forever
    if (guard++ > 10) throw new RangeError('endless loop');
    if (i > c) return [x, i];
    a = a * 2;
  }
  return [${result}, x];
}`,
);

const inputs = fc.tuple(
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: -3, max: 3 }),
  fc.integer({ min: -1, max: 3 }),
  fc.constantFrom('', 'a1', ' ab '),
  fc.constantFrom(undefined, { k: 1, f: (v: number) => v + 1 }),
);

type Outcome = { value: unknown } | { error: string };

function run(code: string, active: number, args: readonly unknown[]): Outcome {
  const switchboard = { active, cover() {}, hit() {} };
  try {
    // The parameter named `__mutate` is what the instrumented code reads; the original ignores it.
    const f = new Function('__mutate', `${code}\nreturn f;`)(switchboard) as (...args: unknown[]) => unknown;
    return { value: f(...args) };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

describe('oracle 3: instrumented expressions behave like their hand-applied mutants (fast-check)', () => {
  it('holds for generated programs, every mutant, random inputs', () => {
    let mutantsChecked = 0;
    fc.assert(
      fc.property(program, fc.array(inputs, { minLength: 2, maxLength: 4 }), (source, inputSets) => {
        const file = { path: 'src/generated.js', text: source };
        // Ignored mutants (the loop guard's) are never switched in, so they have no behaviour to compare.
        const mutants = generateMutants([file], allMutators).mutants.filter((mutant) => mutant.ignoreReason === undefined);
        const instrumented = instrumentFile(file, mutants).code;
        expect(() => parseSource({ ...file, text: instrumented })).not.toThrow();
        for (const args of inputSets) {
          expect(run(instrumented, 0, args)).toEqual(run(source, 0, args));
          for (const mutant of mutants) {
            const applied = applyMutant(source, mutant);
            expect(run(instrumented, mutant.id, args), `${mutant.mutatorName} ${mutant.original} -> ${mutant.replacement}\n${source}`).toEqual(
              run(applied, 0, args),
            );
          }
        }
        mutantsChecked += mutants.length;
      }),
      { numRuns: 150 },
    );
    // A generator that stopped producing mutants would make the property vacuous.
    expect(mutantsChecked).toBeGreaterThan(150 * 10);
  });
});
