import { describe, expect, it } from 'vitest';
import { string, typeName } from '../../src/core/index.js';

describe('typeName', () => {
  it.each([
    [null, 'null'],
    [[1, 2], 'array'],
    [3, 'number'],
    [Number.NaN, 'NaN'],
  ])('typeName(%j) is %s', (input, name) => {
    expect(typeName(input)).toBe(name);
  });
});

describe('string()', () => {
  it('accepts any string without options', () => {
    expect(string().parse('hello')).toEqual({ ok: true, value: 'hello' });
    expect(string().parse('')).toEqual({ ok: true, value: '' });
  });

  it.each([
    [42, 'number'],
    [null, 'null'],
    [[], 'array'],
    [{}, 'object'],
    [false, 'boolean'],
  ])('rejects %j as invalid_type, naming %s', (input, name) => {
    expect(string().parse(input)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'invalid_type', message: `Expected string, received ${name}` }],
    });
  });

  it('reports a missing value as required', () => {
    expect(string().parse(undefined)).toEqual({
      ok: false,
      issues: [{ path: [], code: 'required', message: 'Expected string, received undefined' }],
    });
  });

  it('puts the given path on its issue', () => {
    const result = string().parse(1, ['user', 'name']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.path).toEqual(['user', 'name']);
  });

  describe('min and max', () => {
    const name = string({ min: 2, max: 5 });

    it.each(['ab', 'abc', 'abcde'])('accepts %j (2 to 5 characters)', (input) => {
      expect(name.parse(input)).toEqual({ ok: true, value: input });
    });

    it('rejects one character too few', () => {
      expect(name.parse('a')).toEqual({
        ok: false,
        issues: [{ path: [], code: 'too_small', message: 'Expected at least 2 characters' }],
      });
    });

    it('rejects one character too many', () => {
      expect(name.parse('abcdef')).toEqual({
        ok: false,
        issues: [{ path: [], code: 'too_big', message: 'Expected at most 5 characters' }],
      });
    });

    it('accepts the empty string when min is 0', () => {
      expect(string({ min: 0 }).parse('')).toEqual({ ok: true, value: '' });
    });
  });

  describe('optional()', () => {
    it('turns undefined into an ok undefined', () => {
      expect(string().optional().parse(undefined)).toEqual({ ok: true, value: undefined });
    });

    it('still checks a present value', () => {
      expect(string({ min: 3 }).optional().parse('ab').ok).toBe(false);
      expect(string({ min: 3 }).optional().parse('abc')).toEqual({ ok: true, value: 'abc' });
    });

    it('does not treat null as missing', () => {
      const result = string().optional().parse(null);
      expect(result.ok ? undefined : result.issues[0]!.code).toBe('invalid_type');
    });
  });
});
