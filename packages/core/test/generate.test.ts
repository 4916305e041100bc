import { describe, expect, it } from 'vitest';
import { generateMutants } from '@mutate/core';
import { dropOptional, emptyBlock, emptyString, incrementToDecrement, loopNeverRuns, mutantsOf, plusToMinus, renameMethod } from './helpers.js';

describe('generateMutants never mutates', () => {
  it('type-only syntax, declare, enums, decorators or import/export clauses', () => {
    const code = `import { a } from 'mod';
export * from 'other';
type T = 'x' extends string ? 1 : 2;
interface I { k: 'a'; }
declare const d: number;
declare function g(p: string): void;
enum E { A = 1 + 2, B = 'b' }
function dec(...args: unknown[]) { return () => {}; }
@dec('x' + 1) class C {}
const generic = new Map<string, number>();
export function f(p: 'lit' = 'lit') { return p; }
`;
    const mutants = mutantsOf(code, [plusToMinus, emptyString]);
    // Only the runtime default value 'lit' (line 11) and the dec(...) body-free code remain.
    expect(mutants.map((mutant) => `${mutant.location.start.line}:${mutant.original}`)).toEqual(["11:'lit'"]);
  });

  it('object keys, module specifiers or tagged template parts, but does mutate computed keys', () => {
    const code = `const lib = require('lib');
const later = import('later');
const o = { 'key': 1, ['com' + 'puted']: 2 };
class K { 'field' = 'value'; }
const tag = String.raw\`a\${'b'}\`;
`;
    const originals = mutantsOf(code, [plusToMinus, emptyString]).map((mutant) => mutant.original);
    expect(originals).toEqual(["'com' + 'puted'", "'com'", "'puted'", "'value'", "'b'"]);
  });

  it('assignment targets, but does mutate inside them', () => {
    const originals = mutantsOf('const a: number[] = [];\nlet i = 0;\na[i + 1] = i + 2;\n', [plusToMinus]).map((m) => m.original);
    expect(originals).toEqual(['i + 1', 'i + 2']);
  });

  it('mutates the expression inside `as` and `satisfies`, not the type', () => {
    const mutants = mutantsOf('export const n = (1 + 2) as number;\nexport const s = ("a") satisfies "a" | "b";\n', [plusToMinus, emptyString]);
    expect(mutants.map((mutant) => mutant.original)).toEqual(['1 + 2', '"a"']);
  });
});

describe('generateMutants ids and locations', () => {
  it('numbers mutants from 1 across files, in file order then source order', () => {
    const { mutants } = generateMutants(
      [
        { path: 'src/a.ts', text: 'export const a = 1 + 2 + 3;\n' },
        { path: 'src/b.ts', text: 'export const b = 4 + 5;\n' },
      ],
      [plusToMinus],
    );
    expect(mutants.map((mutant) => [mutant.id, mutant.file, mutant.original])).toEqual([
      [1, 'src/a.ts', '1 + 2 + 3'],
      [2, 'src/a.ts', '1 + 2'],
      [3, 'src/b.ts', '4 + 5'],
    ]);
  });

  it('gives 1-based lines and columns, the end just past the node', () => {
    const [mutant] = mutantsOf('\n  const x = a + b;\n', [plusToMinus]);
    expect(mutant!.location).toEqual({ start: { line: 2, column: 13 }, end: { line: 2, column: 18 } });
    expect(mutant!.range).toEqual([13, 18]);
  });

  it('keeps one mutant where two mutators make the same change at the same place', () => {
    const twin = { ...plusToMinus, name: 'Twin' };
    const mutants = mutantsOf('const x = a + b;', [plusToMinus, twin]);
    expect(mutants.map((mutant) => mutant.mutatorName)).toEqual(['PlusToMinus']);
  });

  it('parenthesizes a replacement that binds more loosely than its place requires', () => {
    const unwrap = { ...plusToMinus, name: 'Unwrap', nodeTypes: ['UnaryExpression'] as const, *mutate({ node }: { node: { argument: unknown } }) { yield node.argument as never; } };
    const [mutant] = mutantsOf('const x = !(a || b) && c;', [unwrap as never]);
    expect(mutant!.replacement).toBe('(a || b)');
  });
});

describe('switch placement', () => {
  it('moves the switch of an optional-chain link to the root of the chain', () => {
    const [mutant] = mutantsOf('const v = a?.b.c;', [dropOptional]);
    expect(mutant!.replacement).toBe('a.b');
    expect(mutant!.placement).toMatchObject({ kind: 'expression', code: 'a.b.c' });
  });

  it('moves the switch of a method callee to the call, so `this` is kept', () => {
    const [mutant] = mutantsOf('obj.x(1);', [renameMethod]);
    expect(mutant!.placement).toMatchObject({ kind: 'expression', start: 0, end: 8, code: 'obj.y(1)' });
  });

  it('keeps a loop label with its loop', () => {
    const code = 'outer: for (;;) { continue outer; }';
    const [mutant] = mutantsOf(code, [loopNeverRuns]);
    expect(mutant!.placement.kind).toBe('statement');
    expect(mutant!.placement.start).toBe(0);
    expect(mutant!.placement.code.startsWith('outer: for (; false;)')).toBe(true);
  });

  it('guards a statement-leading switch against ASI with the line above', () => {
    const mutants = mutantsOf('let i = 0\ni++\nfoo(i++)\n', [incrementToDecrement]);
    expect(mutants.map((mutant) => mutant.placement.startsStatement)).toEqual([true, false]);
  });

  it('puts a block switch inside the braces, after the directives', () => {
    const code = 'function f() { "use strict"; return 1; }';
    const [mutant] = mutantsOf(code, [emptyBlock], 'src/a.js');
    expect(mutant!.placement).toMatchObject({ kind: 'block', start: code.indexOf('"use strict";') + '"use strict";'.length, end: code.length - 1, code: '' });
  });
});
