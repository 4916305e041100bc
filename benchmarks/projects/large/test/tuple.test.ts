import { describe, expect, it } from 'vitest';
import { number } from '../src/number';
import { boolean } from '../src/primitives';
import { string } from '../src/string';
import { tuple } from '../src/tuple';

const point = tuple([number(), number()]);

describe('tuple', () => {
  it('parses items in order', () => {
    expect(tuple([string(), number(), boolean()]).parse(['a', 1, true])).toEqual(['a', 1, true]);
  });

  it('rejects a non-array', () => {
    expect(point.safeParse({ 0: 1, 1: 2 })).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', message: 'Expected array, received object' }] });
  });

  it('reports too few items', () => {
    expect(point.safeParse([1])).toEqual({
      ok: false,
      issues: [{ code: 'too_small', path: [], message: 'Must contain at least 2 items', params: { minimum: 2 } }],
    });
  });

  it('reports too many items', () => {
    expect(point.safeParse([1, 2, 3])).toEqual({
      ok: false,
      issues: [{ code: 'too_big', path: [], message: 'Must contain at most 2 items', params: { maximum: 2 } }],
    });
  });

  it('reports bad items at their index', () => {
    const result = tuple([string(), number(), boolean()]).safeParse([1, 'x', true]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([[0], [1]]);
  });

  it('stops at the first bad item with abortEarly', () => {
    const result = tuple([string(), number()]).safeParse([1, 'x'], { abortEarly: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });

  it('uses parsed item values', () => {
    expect(tuple([string().toUpperCase(), number()]).parse(['ab', 2])).toEqual(['AB', 2]);
  });
});

describe('optional trailing items', () => {
  const schema = tuple([string(), number().optional(), boolean().optional()]);

  it('counts the required items', () => {
    expect(schema.requiredCount).toBe(1);
    expect(point.requiredCount).toBe(2);
    expect(tuple([number().optional(), number()]).requiredCount).toBe(2);
    expect(tuple([number().optional()]).requiredCount).toBe(0);
  });

  it('accepts the short forms', () => {
    expect(schema.parse(['a'])).toEqual(['a']);
    expect(schema.parse(['a', 1])).toEqual(['a', 1]);
    expect(schema.parse(['a', 1, false])).toEqual(['a', 1, false]);
  });

  it('still validates given items', () => {
    expect(schema.safeParse(['a', 'x'])).toMatchObject({ ok: false, issues: [{ path: [1] }] });
  });

  it('fills defaults for missing items', () => {
    expect(tuple([string(), number().default(0), string().default('z')]).parse(['a'])).toEqual(['a', 0, 'z']);
  });

  it('reports the required count when too short', () => {
    expect(tuple([string(), string(), number().optional()]).safeParse(['a'])).toMatchObject({
      ok: false,
      issues: [{ message: 'Must contain at least 2 items' }],
    });
  });
});

describe('rest', () => {
  const schema = tuple([string()]).rest(number());

  it('accepts any number of rest items', () => {
    expect(schema.parse(['a'])).toEqual(['a']);
    expect(schema.parse(['a', 1, 2, 3])).toEqual(['a', 1, 2, 3]);
  });

  it('validates rest items at their index', () => {
    expect(schema.safeParse(['a', 1, 'b'])).toMatchObject({ ok: false, issues: [{ path: [2], message: 'Expected number, received string' }] });
  });

  it('still requires the fixed items', () => {
    expect(schema.is([])).toBe(false);
    expect(schema.is([1])).toBe(false);
  });
});
