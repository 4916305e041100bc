import { parseSource, SourceSyntaxError } from '@mutate/core';
import { describe, expect, it } from 'vitest';

describe('parseSource chooses the grammar by extension', () => {
  it.each([
    ['a.ts', 'const x = <number>y;\nexport default x satisfies number;'],
    ['a.mts', 'const config = await import("./c.js");\nexport { config };'],
    ['a.cts', 'import fs = require("fs");\nexport = fs;'],
    ['a.tsx', 'export const A = <T,>(p: { x: T }) => <div>{String(p.x)}</div>;'],
    ['a.js', 'export const A = () => <div className="a">hi</div>;'],
    ['a.jsx', 'export default function B() { return <>{[1, 2].map((n) => <i key={n} />)}</>; }'],
    ['a.mjs', 'export const data = await Promise.resolve(1);'],
    ['a.cjs', 'const path = require("path");\nmodule.exports = { join: path.join };\nreturn;'],
    ['standard-decorators.ts', 'function dec(v: unknown, c: unknown) {}\n@dec class A { @dec accessor x = 1; }'],
    ['legacy-decorators.ts', 'declare const Inject: any;\nclass S { constructor(@Inject("a") private readonly a: string) {} }'],
  ])('%s parses', (path, text) => {
    expect(parseSource({ path, text }).program.body.length).toBeGreaterThan(0);
  });

  it('does not read `<T>x` casts as JSX in .ts, and does in .tsx', () => {
    expect(() => parseSource({ path: 'a.ts', text: 'const x = <number>y;' })).not.toThrow();
    expect(() => parseSource({ path: 'a.tsx', text: 'const x = <number>y;' })).toThrow(SourceSyntaxError);
  });

  it('names file, 1-based line and column, and what the parser expected', () => {
    let thrown: unknown;
    try {
      parseSource({ path: 'src/broken.ts', text: 'const ok = 1;\nfunction f(a: number {\n}\n' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SourceSyntaxError);
    expect(thrown).toMatchObject({ file: 'src/broken.ts', line: 2, column: 22 });
    expect((thrown as Error).message).toBe('src/broken.ts:2:22: syntax error: Unexpected token, expected ","');
  });
});
