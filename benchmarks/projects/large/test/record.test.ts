import { describe, expect, it } from 'vitest';
import { enumeration } from '../src/enum';
import { number } from '../src/number';
import { record } from '../src/record';
import { string } from '../src/string';

const scores = record(string(), number());

describe('record', () => {
  it('parses every entry', () => {
    expect(scores.parse({ ada: 3, bob: 5 })).toEqual({ ada: 3, bob: 5 });
    expect(scores.parse({})).toEqual({});
  });

  it.each([
    [[], 'array'],
    [new Map(), 'object'],
    [null, 'null'],
    [7, 'number'],
  ])('rejects %j', (input, received) => {
    expect(scores.safeParse(input)).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', message: `Expected object, received ${received}` }] });
  });

  it('reports bad values at their key', () => {
    const result = scores.safeParse({ ada: 3, bob: 'five', cy: null });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([['bob'], ['cy']]);
  });

  it('stops at the first bad entry with abortEarly', () => {
    const result = scores.safeParse({ a: 'x', b: 'y' }, { abortEarly: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });

  it('validates keys', () => {
    const result = record(string().min(2), number()).safeParse({ a: 1, bb: 2 });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['a'], code: 'too_small' }] });
  });

  it('validates keys against an enumeration', () => {
    const schema = record(enumeration(['x', 'y']), number());
    expect(schema.parse({ x: 1 })).toEqual({ x: 1 });
    expect(schema.safeParse({ z: 1 })).toMatchObject({ ok: false, issues: [{ path: ['z'], code: 'invalid_enum' }] });
  });

  it('uses the parsed keys', () => {
    expect(record(string().toUpperCase(), number()).parse({ nl: 1, be: 2 })).toEqual({ NL: 1, BE: 2 });
  });

  it('reports keys that collide once parsed', () => {
    expect(record(string().toLowerCase(), number()).safeParse({ a: 1, A: 2 })).toEqual({
      ok: false,
      issues: [{ code: 'custom', path: ['A'], message: 'Key "A" collides with another key as "a"', params: { key: 'a' } }],
    });
  });
});
