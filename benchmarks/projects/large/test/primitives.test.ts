import { describe, expect, it } from 'vitest';
import {
  boolean,
  custom,
  instanceOf,
  literal,
  never,
  nullType,
  undefinedType,
  unknown,
} from '../src/primitives';

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

describe('instanceOf', () => {
  class Point {
    constructor(
      readonly x: number,
      readonly y: number,
    ) {}
  }

  it('accepts instances, subclasses included', () => {
    const p = new Point(1, 2);
    expect(instanceOf(Point).parse(p)).toBe(p);
    class Point3 extends Point {}
    expect(instanceOf(Point).is(new Point3(0, 0))).toBe(true);
  });

  it('names the class in the message', () => {
    expect(instanceOf(Point).safeParse({ x: 1, y: 2 })).toMatchObject({
      ok: false,
      issues: [{ message: 'Expected Point, received object', params: { expected: 'Point', received: 'object' } }],
    });
  });

  it('falls back to "instance" for an anonymous class', () => {
    const Anonymous = (() => class {})();
    expect(instanceOf(Anonymous).safeParse(1)).toMatchObject({ ok: false, issues: [{ message: 'Expected instance, received number' }] });
  });
});

describe('custom', () => {
  const even = (input: unknown): input is number => typeof input === 'number' && input % 2 === 0;

  it('accepts what the guard accepts', () => {
    expect(custom(even, 'even number').parse(4)).toBe(4);
  });

  it('names the expected type', () => {
    expect(custom(even, 'even number').safeParse(3)).toMatchObject({ ok: false, issues: [{ message: 'Expected even number, received number' }] });
    expect(custom(even).safeParse('4')).toMatchObject({ ok: false, issues: [{ message: 'Expected custom value, received string' }] });
  });
});
