import { describe, expect, it } from 'vitest';
import { isMultipleOf, number } from '../src/number';

describe('number type', () => {
  it.each([0, -0, 1.5, -1e9, Number.MAX_VALUE])('accepts %d', (value) => {
    expect(number().parse(value)).toBe(value);
  });

  it.each([
    ['1', 'string'],
    [Number.NaN, 'nan'],
    [null, 'null'],
    [10n, 'bigint'],
  ])('rejects %s as %s', (input, received) => {
    expect(number().safeParse(input)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], message: `Expected number, received ${received}`, params: { expected: 'number', received } }],
    });
  });

  it.each([
    [Number.POSITIVE_INFINITY, 'infinity'],
    [Number.NEGATIVE_INFINITY, '-infinity'],
  ])('rejects %d as not finite', (input, received) => {
    expect(number().safeParse(input)).toEqual({
      ok: false,
      issues: [{ code: 'not_finite', path: [], message: 'Must be finite', params: { received } }],
    });
  });

  it('accepts infinities when allowed, but still not NaN', () => {
    const schema = number().allowInfinite();
    expect(schema.parse(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    expect(schema.parse(Number.NEGATIVE_INFINITY)).toBe(Number.NEGATIVE_INFINITY);
    expect(schema.is(Number.NaN)).toBe(false);
    expect(number().is(Number.POSITIVE_INFINITY)).toBe(false);
  });
});

describe('bounds', () => {
  it.each([
    ['gte(5)', number().gte(5), [5, 6], [4.99]],
    ['gt(5)', number().gt(5), [5.01, 6], [5, 4]],
    ['lte(5)', number().lte(5), [5, -1], [5.01]],
    ['lt(5)', number().lt(5), [4.99], [5, 6]],
    ['min(0)', number().min(0), [0, 1], [-1]],
    ['max(0)', number().max(0), [0, -1], [1]],
    ['positive', number().positive(), [1, 0.1], [0, -1]],
    ['nonnegative', number().nonnegative(), [0, 1], [-0.1]],
    ['negative', number().negative(), [-1], [0, 1]],
    ['nonpositive', number().nonpositive(), [0, -1], [0.1]],
    ['between(1, 3)', number().between(1, 3), [1, 2, 3], [0, 4]],
  ])('%s', (_name, schema, accepted, rejected) => {
    for (const value of accepted) expect(schema.is(value)).toBe(true);
    for (const value of rejected) expect(schema.is(value)).toBe(false);
  });

  it.each([
    [number().gte(5), 4, 'too_small', 'Must be greater than or equal to 5', { minimum: 5, inclusive: true }],
    [number().gt(5), 5, 'too_small', 'Must be greater than 5', { minimum: 5, inclusive: false }],
    [number().lte(5), 6, 'too_big', 'Must be less than or equal to 5', { maximum: 5, inclusive: true }],
    [number().lt(5), 5, 'too_big', 'Must be less than 5', { maximum: 5, inclusive: false }],
    [number().positive(), 0, 'too_small', 'Must be greater than 0', { minimum: 0, inclusive: false }],
    [number().negative(), 0, 'too_big', 'Must be less than 0', { maximum: 0, inclusive: false }],
  ])('reports %#', (schema, input, code, message, params) => {
    expect(schema.safeParse(input)).toEqual({ ok: false, issues: [{ code, path: [], message, params }] });
  });

  it('takes custom messages', () => {
    expect(number().min(1, 'At least one').safeParse(0)).toMatchObject({ ok: false, issues: [{ message: 'At least one' }] });
    expect(number().max(1, 'At most one').safeParse(2)).toMatchObject({ ok: false, issues: [{ message: 'At most one' }] });
    expect(number().gt(1, 'Above one').safeParse(1)).toMatchObject({ ok: false, issues: [{ message: 'Above one' }] });
    expect(number().lt(1, 'Below one').safeParse(1)).toMatchObject({ ok: false, issues: [{ message: 'Below one' }] });
  });

  it('rejects an empty range', () => {
    expect(() => number().between(3, 1)).toThrow(new RangeError('between(3, 1): minimum above maximum'));
    expect(number().between(2, 2).is(2)).toBe(true);
  });
});

describe('int', () => {
  it.each([
    [0, true],
    [-7, true],
    [2 ** 53, true],
    [1.5, false],
    [-0.1, false],
  ])('int() on %d: %s', (value, ok) => {
    expect(number().int().is(value)).toBe(ok);
  });

  it('reports a float', () => {
    expect(number().int().safeParse(2.5)).toEqual({
      ok: false,
      issues: [{ code: 'not_integer', path: [], message: 'Expected integer, received float', params: {} }],
    });
  });
});

describe('isMultipleOf', () => {
  it.each([
    [10, 5, true],
    [12, 5, false],
    [0, 7, true],
    [-9, 3, true],
    [-10, 3, false],
    [0.3, 0.1, true],
    [0.35, 0.1, false],
    [1.2, 0.4, true],
    [19.99, 0.01, true],
    [10.005, 0.01, false],
    [1e-7, 1e-7, true],
    [3e-7, 1e-7, true],
    [2.5e-8, 1e-8, false],
    [1.5e-7, 5e-8, true],
    [7, 2.5, false],
    [7.5, 2.5, true],
  ])('%d is a multiple of %d: %s', (value, step, expected) => {
    expect(isMultipleOf(value, step)).toBe(expected);
  });

  it.each([
    [5, 0],
    [Number.POSITIVE_INFINITY, 1],
    [5, Number.NaN],
  ])('is false for %d and %d', (value, step) => {
    expect(isMultipleOf(value, step)).toBe(false);
  });
});

describe('multipleOf', () => {
  it('checks values', () => {
    expect(number().multipleOf(0.25).parse(1.75)).toBe(1.75);
    expect(number().multipleOf(0.25).safeParse(1.8)).toEqual({
      ok: false,
      issues: [{ code: 'not_multiple_of', path: [], message: 'Must be a multiple of 0.25', params: { multipleOf: 0.25 } }],
    });
  });

  it('takes a custom message', () => {
    expect(number().multipleOf(2, 'Even only').safeParse(3)).toMatchObject({ ok: false, issues: [{ message: 'Even only' }] });
  });
});
