import { describe, expect, it } from 'vitest';
import { array } from '../src/array';
import { number } from '../src/number';
import { object } from '../src/object';
import { string } from '../src/string';

describe('array', () => {
  it('parses each element into a new array', () => {
    const input = [1, 2, 3];
    const output = array(number()).parse(input);
    expect(output).toEqual([1, 2, 3]);
    expect(output).not.toBe(input);
  });

  it('accepts the empty array', () => {
    expect(array(string()).parse([])).toEqual([]);
  });

  it('uses the elements’ parsed values', () => {
    expect(array(string().trim()).parse([' a ', 'b '])).toEqual(['a', 'b']);
  });

  it.each([
    [{}, 'object'],
    ['abc', 'string'],
    [null, 'null'],
    [new Set([1]), 'object'],
  ])('rejects %j', (input, received) => {
    expect(array(number()).safeParse(input)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], message: `Expected array, received ${received}`, params: { expected: 'array', received } }],
    });
  });

  it('reports each bad element at its index', () => {
    const result = array(number()).safeParse([1, 'two', 3, null]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.message])).toEqual([
        [[1], 'Expected number, received string'],
        [[3], 'Expected number, received null'],
      ]);
    }
  });

  it('stops at the first bad element with abortEarly', () => {
    const result = array(number()).safeParse([1, 'two', 3, null], { abortEarly: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([[1]]);
  });

  it('does not run its checks when an element is bad', () => {
    const result = array(number()).min(5).safeParse(['x']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('nests paths', () => {
    const result = array(array(number())).safeParse([[1], [2, 'x']]);
    expect(result).toMatchObject({ ok: false, issues: [{ path: [1, 1] }] });
  });
});

describe('array length', () => {
  it.each([
    [[1], false],
    [[1, 2], true],
  ])('min(2) on %j: %s', (input, ok) => {
    expect(array(number()).min(2).is(input)).toBe(ok);
  });

  it.each([
    [[1, 2, 3], false],
    [[1, 2], true],
  ])('max(2) on %j: %s', (input, ok) => {
    expect(array(number()).max(2).is(input)).toBe(ok);
  });

  it.each([
    [[1], false],
    [[1, 2], true],
    [[1, 2, 3], false],
  ])('length(2) on %j: %s', (input, ok) => {
    expect(array(number()).length(2).is(input)).toBe(ok);
  });

  it('reports the bounds', () => {
    expect(array(number()).min(2).safeParse([1])).toEqual({
      ok: false,
      issues: [{ code: 'too_small', path: [], message: 'Must contain at least 2 items', params: { minimum: 2 } }],
    });
    expect(array(number()).max(1).safeParse([1, 2])).toEqual({
      ok: false,
      issues: [{ code: 'too_big', path: [], message: 'Must contain at most 1 item', params: { maximum: 1 } }],
    });
    expect(array(number()).length(1).safeParse([])).toEqual({
      ok: false,
      issues: [{ code: 'invalid_length', path: [], message: 'Must contain exactly 1 item', params: { exact: 1 } }],
    });
  });

  it('nonempty', () => {
    expect(array(number()).nonempty().safeParse([])).toMatchObject({ ok: false, issues: [{ message: 'Must contain at least 1 item' }] });
    expect(array(number()).nonempty('Pick one').safeParse([])).toMatchObject({ ok: false, issues: [{ message: 'Pick one' }] });
    expect(array(number()).nonempty().is([0])).toBe(true);
  });

  it('takes custom messages', () => {
    expect(array(number()).min(1, 'a').max(0, 'b').safeParse([])).toMatchObject({ ok: false, issues: [{ message: 'a' }] });
    expect(array(number()).max(0, 'b').safeParse([1])).toMatchObject({ ok: false, issues: [{ message: 'b' }] });
    expect(array(number()).length(3, 'c').safeParse([1])).toMatchObject({ ok: false, issues: [{ message: 'c' }] });
  });
});

describe('unique', () => {
  it('accepts distinct items', () => {
    expect(array(number()).unique().parse([1, 2, 3])).toEqual([1, 2, 3]);
  });

  it('reports the first repeat and the item it repeats', () => {
    expect(array(number()).unique().safeParse([1, 2, 3, 2, 1])).toEqual({
      ok: false,
      issues: [{ code: 'duplicate_items', path: [], message: 'Items must be unique: index 3 repeats index 1', params: { index: 3, first: 1 } }],
    });
  });

  it('compares deeply', () => {
    expect(array(array(number())).unique().is([[1], [1]])).toBe(false);
    expect(array(array(number())).unique().is([[1], [1, 2]])).toBe(true);
  });

  it('compares by key', () => {
    const users = array(object({ id: number(), name: string() })).unique((u) => u.id, 'Duplicate id');
    expect(users.is([{ id: 1, name: 'a' }, { id: 2, name: 'a' }])).toBe(true);
    expect(users.safeParse([{ id: 1, name: 'a' }, { id: 1, name: 'b' }])).toMatchObject({ ok: false, issues: [{ message: 'Duplicate id' }] });
  });

  it('reports each parse separately', () => {
    const schema = array(number()).unique();
    const first = schema.safeParse([5, 5]);
    const second = schema.safeParse([1, 2, 3, 3]);
    expect(first).toMatchObject({ ok: false, issues: [{ params: { index: 1, first: 0 } }] });
    expect(second).toMatchObject({ ok: false, issues: [{ params: { index: 3, first: 2 } }] });
  });
});
