import { describe, expect, it } from 'vitest';
import { number } from '../../src/core/index.js';

describe('number()', () => {
  it.each([0, -1, 3.5, 1e9, Number.MAX_SAFE_INTEGER])('accepts %d', (input) => {
    expect(number().parse(input)).toEqual({ ok: true, value: input });
  });

  it('accepts infinities', () => {
    expect(number().parse(Infinity)).toEqual({ ok: true, value: Infinity });
  });

  it('rejects NaN as a number it cannot use', () => {
    expect(number().parse(Number.NaN)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'invalid_type', message: 'Expected number, received NaN' }],
    });
  });

  it.each([
    ['12', 'string'],
    [true, 'boolean'],
    [null, 'null'],
    [[1], 'array'],
  ])('rejects %j without coerce', (input, name) => {
    expect(number().parse(input)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'invalid_type', message: `Expected number, received ${name}` }],
    });
  });

  it('reports undefined as required', () => {
    const result = number().parse(undefined, ['port']);
    expect(result).toEqual({
      ok: false,
      issues: [{ path: ['port'], code: 'required', message: 'Expected number, received undefined' }],
    });
  });

  describe('bounds', () => {
    const percent = number({ min: 0, max: 100 });

    it.each([0, 50, 100])('accepts %d in [0, 100]', (input) => {
      expect(percent.parse(input)).toEqual({ ok: true, value: input });
    });

    it('rejects a value below min', () => {
      expect(percent.parse(-0.5)).toEqual({
        ok: false,
        issues: [{ path: [], code: 'too_small', message: 'Expected a number >= 0, received -0.5' }],
      });
    });

    it('rejects a value above max', () => {
      expect(percent.parse(100.25)).toEqual({
        ok: false,
        issues: [{ path: [], code: 'too_big', message: 'Expected a number <= 100, received 100.25' }],
      });
    });

    it('applies only the bound that is given', () => {
      expect(number({ min: 10 }).parse(1e6).ok).toBe(true);
      expect(number({ max: 10 }).parse(-1e6).ok).toBe(true);
    });
  });
});
