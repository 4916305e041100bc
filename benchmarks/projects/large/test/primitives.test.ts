import { describe, expect, it } from 'vitest';
import { array } from '../src/array';
import { number } from '../src/number';
import { object } from '../src/object';
import { boolean, lazy, literal, never, nullType, undefinedType, unknown } from '../src/primitives';
import type { Schema } from '../src/schema';
import { string } from '../src/string';

describe('boolean', () => {
  it.each([true, false])('accepts %s', (value) => {
    expect(boolean().parse(value)).toBe(value);
  });

  it.each([
    [0, 'number'],
    ['true', 'string'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('rejects %j as %s', (input, received) => {
    expect(boolean().safeParse(input)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], message: `Expected boolean, received ${received}`, params: { expected: 'boolean', received } }],
    });
  });

  it('can require true', () => {
    const accepted = boolean().true('You must accept the terms');
    expect(accepted.parse(true)).toBe(true);
    expect(accepted.safeParse(false)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_literal', path: [], message: 'You must accept the terms', params: { expected: 'true' } }],
    });
    expect(boolean().true().safeParse(false)).toMatchObject({ ok: false, issues: [{ message: 'Expected true' }] });
  });
});

describe('literal', () => {
  it.each(['admin', 0, true, null, 10n])('accepts its own value %s', (value) => {
    expect(literal(value).parse(value)).toBe(value);
  });

  it('accepts NaN for a NaN literal', () => {
    expect(Number.isNaN(literal(Number.NaN).parse(Number.NaN))).toBe(true);
    expect(literal(Number.NaN).is(0)).toBe(false);
    expect(literal(1).is(Number.NaN)).toBe(false);
  });

  it.each([
    ['admin', 'Admin', 'Expected "admin"', '"Admin"'],
    [0, '0', 'Expected 0', '"0"'],
    [1, true, 'Expected 1', 'true'],
    [null, undefined, 'Expected null', 'undefined'],
    [5n, 5, 'Expected 5n', '5'],
  ])('literal(%s) rejects %s', (value, input, message, received) => {
    expect(literal(value).safeParse(input)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_literal', path: [], message, params: { expected: message.slice(9), received } }],
    });
  });

  it('names its type by its value', () => {
    expect(literal('on').typeName()).toBe('"on"');
    expect(literal(3).typeName()).toBe('3');
    expect(literal('on').value).toBe('on');
  });
});

describe('null and undefined', () => {
  it('nullType accepts only null', () => {
    expect(nullType().parse(null)).toBeNull();
    expect(nullType().safeParse(undefined)).toMatchObject({ ok: false, issues: [{ message: 'Expected null, received undefined' }] });
    expect(nullType().is(0)).toBe(false);
    expect(nullType().acceptsUndefined()).toBe(false);
  });

  it('undefinedType accepts only undefined', () => {
    expect(undefinedType().parse(undefined)).toBeUndefined();
    expect(undefinedType().safeParse(null)).toMatchObject({ ok: false, issues: [{ message: 'Expected undefined, received null' }] });
    expect(undefinedType().acceptsUndefined()).toBe(true);
  });
});

describe('unknown and never', () => {
  it.each([undefined, null, 0, 'x', {}, []])('unknown accepts %j', (value) => {
    expect(unknown().parse(value)).toBe(value);
  });

  it('unknown accepts a missing value', () => {
    expect(unknown().acceptsUndefined()).toBe(true);
  });

  it.each([
    [undefined, 'undefined'],
    [1, 'number'],
    [{}, 'object'],
  ])('never rejects %j', (value, received) => {
    expect(never().safeParse(value)).toMatchObject({ ok: false, issues: [{ message: `Expected never, received ${received}` }] });
  });
});

interface Category {
  name: string;
  children: Category[];
}

const category: Schema<Category> = lazy(() => object({ name: string().min(1), children: array(category) }));

describe('lazy', () => {
  it('validates recursive structures', () => {
    const tree = { name: 'root', children: [{ name: 'a', children: [] }, { name: 'b', children: [{ name: 'c', children: [] }] }] };
    expect(category.parse(tree)).toEqual(tree);
  });

  it('reports issues deep in the structure with their path', () => {
    const result = category.safeParse({ name: 'root', children: [{ name: 'a', children: [{ name: '', children: [] }] }] });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['children', 0, 'children', 0, 'name'], code: 'too_small' }] });
  });

  it('builds its schema once', () => {
    let builds = 0;
    const schema = lazy(() => {
      builds++;
      return number();
    });
    expect(builds).toBe(0);
    schema.parse(1);
    schema.parse(2);
    expect(builds).toBe(1);
  });

  it('forwards acceptsUndefined and typeName', () => {
    expect(lazy(() => string().optional()).acceptsUndefined()).toBe(true);
    expect(lazy(() => string()).acceptsUndefined()).toBe(false);
    expect(lazy(() => number().nullable()).typeName()).toBe('number | null');
  });
});
