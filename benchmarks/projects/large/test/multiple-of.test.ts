import { describe, expect, it } from 'vitest';
import { isMultipleOf, number } from '../src/number';

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
