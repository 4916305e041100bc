import { describe, expect, it } from 'vitest';
import { enumeration } from '../src/enum';
import { number } from '../src/number';
import { object } from '../src/object';
import { boolean, literal } from '../src/primitives';
import { string } from '../src/string';
import { discriminatedUnion, union } from '../src/union';

const id = union([string(), number()]);

describe('union', () => {
  it.each(['abc', 42])('accepts %j', (value) => {
    expect(id.parse(value)).toBe(value);
  });

  it('reports an invalid union naming the options', () => {
    expect(id.safeParse(true)).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_union',
          path: [],
          message: 'Invalid input: expected string | number',
          params: { expected: 'string | number', received: 'boolean', attempts: 2 },
        },
      ],
    });
  });

  it('reports the issues of the one option that got past its type check', () => {
    expect(union([string().min(5), number()]).safeParse('abc')).toEqual({
      ok: false,
      issues: [{ code: 'too_small', path: [], message: 'Must contain at least 5 characters', params: { minimum: 5 } }],
    });
  });

  it('reports an invalid union when several options got further', () => {
    const result = union([object({ a: string() }), object({ b: number() })]).safeParse({ a: 1 });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_union', message: 'Invalid input: expected object' }] });
  });

  it('reports a nested issue of the one object option that matched in shape', () => {
    const result = union([object({ a: string() }), boolean()]).safeParse({ a: 1 });
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', path: ['a'] }] });
  });

  it('treats literal mismatches as type mismatches', () => {
    expect(union([literal('a'), literal('b')]).safeParse('c')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_union', message: 'Invalid input: expected "a" | "b"' }],
    });
  });

  it('judges depth from where the union is', () => {
    const schema = object({ v: union([literal('a'), number()]) });
    expect(schema.safeParse({ v: 'b' })).toMatchObject({ ok: false, issues: [{ code: 'invalid_union', path: ['v'] }] });
  });

  it('takes the first option that matches', () => {
    const schema = union([string().transform((s) => s.length), string()]);
    expect(schema.parse('abc')).toBe(3);
  });

  it('names its type without repeats', () => {
    expect(union([string().optional(), number(), string()]).typeName()).toBe('string | undefined | number');
    expect(union([union([literal(1), literal(2)]), literal(2)]).typeName()).toBe('1 | 2');
  });

  it('accepts undefined when an option does', () => {
    expect(union([string().optional(), number()]).acceptsUndefined()).toBe(true);
    expect(id.acceptsUndefined()).toBe(false);
  });

  it('needs at least one option', () => {
    expect(() => union([])).toThrow(new TypeError('union() needs at least one option'));
  });
});

const shape = discriminatedUnion('kind', [
  object({ kind: literal('circle'), radius: number().positive() }),
  object({ kind: literal('rect'), width: number(), height: number() }),
]);

describe('discriminatedUnion', () => {
  it('parses with the option its tag selects', () => {
    expect(shape.parse({ kind: 'circle', radius: 2 })).toEqual({ kind: 'circle', radius: 2 });
    expect(shape.parse({ kind: 'rect', width: 1, height: 2, extra: 0 })).toEqual({ kind: 'rect', width: 1, height: 2 });
  });

  it('reports an unknown tag at the discriminator', () => {
    expect(shape.safeParse({ kind: 'triangle' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_discriminator',
          path: ['kind'],
          message: 'Invalid discriminator "kind": expected one of "circle", "rect"',
          params: { key: 'kind', options: ['"circle"', '"rect"'], received: '"triangle"' },
        },
      ],
    });
  });

  it('reports a missing tag', () => {
    expect(shape.safeParse({ radius: 1 })).toMatchObject({ ok: false, issues: [{ path: ['kind'], params: { received: 'undefined' } }] });
  });

  it('reports the selected option’s issues only', () => {
    const result = shape.safeParse({ kind: 'circle', radius: -1 });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['radius'], code: 'too_small' }] });
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });

  it.each([
    [null, 'null'],
    [[], 'array'],
    ['circle', 'string'],
  ])('rejects %j', (input, received) => {
    expect(shape.safeParse(input)).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', path: [], message: `Expected object, received ${received}` }] });
  });

  it('accepts an enumeration as discriminator', () => {
    const event = discriminatedUnion('type', [
      object({ type: enumeration(['click', 'tap']), x: number() }),
      object({ type: literal('key'), code: string() }),
    ]);
    expect(event.parse({ type: 'tap', x: 1 })).toEqual({ type: 'tap', x: 1 });
    expect(event.parse({ type: 'key', code: 'Enter' })).toEqual({ type: 'key', code: 'Enter' });
    expect(event.values).toEqual(['click', 'tap', 'key']);
  });

  it('accepts numeric and boolean tags', () => {
    const versioned = discriminatedUnion('v', [object({ v: literal(1), a: string() }), object({ v: literal(true), b: string() })]);
    expect(versioned.parse({ v: 1, a: 'x' })).toEqual({ v: 1, a: 'x' });
    expect(versioned.safeParse({ v: '1', a: 'x' })).toMatchObject({ ok: false, issues: [{ params: { options: ['1', 'true'], received: '"1"' } }] });
  });

  it('rejects an option without the discriminator', () => {
    expect(() => discriminatedUnion('kind', [object({ kind: literal('a') }), object({ type: literal('b') })])).toThrow(
      new TypeError('An option has no discriminator "kind"'),
    );
  });

  it('rejects a repeated tag', () => {
    expect(() => discriminatedUnion('kind', [object({ kind: literal('a') }), object({ kind: enumeration(['b', 'a']) })])).toThrow(
      new TypeError('Discriminator value "a" appears twice'),
    );
  });

  it('rejects a discriminator that is neither a literal nor an enumeration', () => {
    expect(() => discriminatedUnion('kind', [object({ kind: string() })])).toThrow(
      new TypeError('A discriminator must be a literal or an enumeration, not string'),
    );
  });
});
