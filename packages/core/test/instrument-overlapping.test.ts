import * as t from '@babel/types';
import { applyMutant, defineMutator, generateMutants, instrumentFile, parseSource, type Mutant } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The hard cases of mutation switching, found in real code: several mutants on one expression
 * statement (a removed call and a changed operator inside it), braceless bodies, statements that
 * need an ASI guard, and replacements that need parentheses the grammar (not precedence) requires.
 * Each statement follows a line without a semicolon, so a `(` the switch puts at its start would
 * call the line above if unguarded.
 */
const CONSTRUCTS = [
  'o?.m?.(a)',
  'out.sort()',
  'a !== b && out.push(a)',
  '!o && out.push(b)',
  '--a === 0 && out.push(0)',
  'if (sortKeys) keys.sort()',
  'a > 1 && f();',
  'out.push(a ?? b ?? c)',
  'out.push((a || b) ?? c, a ?? (b && c))',
  // An emptied case whose test holds a `:` of its own.
  "switch (a) { case (b ? 1 : 2): out.push(c ?? 'case') }",
];

/** A function around the statement (on line 7); it returns everything the statement could have changed. */
function program(statement: string): string {
  return `function run(input) {
  const out = [3, 1, 2]
  const keys = ['b', 'a']
  const f = () => out.push('f')
  const o = input.o === undefined ? undefined : { m: input.o.m ? (v) => out.push('m', v) : undefined }
  let { a, b, c, sortKeys } = input
  ${statement}
  return [out, keys, a]
}
`;
}

const INPUTS = [
  { a: 1, b: 1, c: 0, sortKeys: true, o: undefined },
  { a: 2, b: 0, c: null, sortKeys: false, o: { m: true } },
  { a: 0, b: null, c: 5, sortKeys: true, o: { m: false } },
  { a: null, b: 3, c: undefined, sortKeys: false, o: { m: true } },
];

type Outcome = { value: unknown } | { error: string };

function run(code: string, active: number, input: unknown): Outcome {
  const switchboard = { active, cover() {}, hit() {} };
  try {
    const body = `${code.replaceAll('__mutate.', 'globalThis.__mutate.')}\nreturn run(input);`;
    return { value: new Function('globalThis', 'input', body)({ __mutate: switchboard }, input) };
  } catch (error) {
    return { error: `${(error as Error).constructor.name}: ${(error as Error).message}` };
  }
}

/** The mutants of one statement overlap when two of their switches' ranges share text. */
function overlapping(mutants: readonly Mutant[]): boolean {
  return mutants.some((a) => mutants.some((b) => a !== b && a.placement.start < b.placement.end && b.placement.start < a.placement.end));
}

describe('instrumenting several mutants on one statement', () => {
  for (const statement of CONSTRUCTS) {
    describe(statement, () => {
      const text = program(statement);
      const file = { path: 'src/case.js', text };
      const { mutants } = generateMutants([file], allMutators);
      const own = mutants.filter((mutant) => mutant.location.start.line === 7);
      const { code } = instrumentFile(file, mutants);

      it('holds overlapping mutants (or the case tests nothing)', () => {
        expect(overlapping(own)).toBe(true);
      });

      it('compiles with esbuild and parses with Babel, as JavaScript and as TypeScript', () => {
        for (const [path, loader] of [['src/case.js', 'js'], ['src/case.ts', 'ts']] as const) {
          expect(() => transformSync(code, { loader, logLevel: 'silent' }), path).not.toThrow();
          expect(() => parseSource({ path, text: code }), path).not.toThrow();
        }
      });

      it('behaves as the original with no mutant active, and as each mutant applied by hand when it is active', () => {
        for (const input of INPUTS) {
          expect(run(code, 0, input)).toEqual(run(text, 0, input));
          for (const mutant of own) {
            const byHand = applyMutant(text, mutant);
            expect(() => parseSource({ path: file.path, text: byHand }), `${mutant.mutatorName}: ${mutant.replacement}`).not.toThrow();
            expect(run(code, mutant.id, input), `${mutant.mutatorName}: ${mutant.replacement} on ${JSON.stringify(input)}`).toEqual(run(byHand, 0, input));
          }
        }
      });
    });
  }

  it('puts the ASI guard once, at the start of the outermost switch of a statement, and only in a statement list', () => {
    const text = 'let a = 1\na > 1 && f()\nif (a) a > 1 && f()\n';
    const { code } = instrumentFile({ path: 'src/a.js', text }, generateMutants([{ path: 'src/a.js', text }], allMutators).mutants);
    const lines = code.split('\n');
    expect(lines[2]!.startsWith(';(')).toBe(true);
    expect(lines[2]!.slice(1)).not.toContain(';(');
    // The body of a braceless `if` is one statement: a `;` there would become the body.
    expect(lines[3]).toMatch(/^if \(.*\) \(/);
  });
});

describe('instrumenting JSX', () => {
  const italicToBold = defineMutator({
    name: 'ItalicToBold',
    description: 'test mutator: a child element <i/> becomes <b/>',
    nodeTypes: ['JSXElement'],
    *mutate({ node }) {
      const name = node.openingElement.name;
      if (t.isJSXIdentifier(name, { name: 'i' })) yield t.jsxElement(t.jsxOpeningElement(t.jsxIdentifier('b'), [], true), null, [], true);
    },
  });

  it('puts the switch of a child element around the enclosing element, where its text is code, not JSX text', () => {
    const text = 'export const a = <p>one <i /> two</p>;\n';
    const file = { path: 'src/a.tsx', text };
    const mutants = generateMutants([file], [italicToBold]).mutants;
    expect(mutants).toHaveLength(1);
    const { code } = instrumentFile(file, mutants);
    expect(code).toContain('export const a = (__mutate.active === 1 ? (__mutate.hit(), (<p>one <b /> two</p>)) : (__mutate.cover(1), <p>one <i /> two</p>));');
  });
});
