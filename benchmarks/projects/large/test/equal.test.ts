import { describe, expect, it } from 'vitest';
import { deepEqual, findDuplicate } from '../src/equal';

describe('deepEqual', () => {
  it.each([
    [1, 1],
    ['a', 'a'],
    [null, null],
    [undefined, undefined],
    [Number.NaN, Number.NaN],
    [0, -0],
    [[1, [2, 3]], [1, [2, 3]]],
    [{ a: 1, b: { c: [1] } }, { b: { c: [1] }, a: 1 }],
    [[], []],
    [{}, {}],
    [new Date(5), new Date(5)],
    [{ d: new Date(0) }, { d: new Date(0) }],
  ])('%j equals %j', (a, b) => {
    expect(deepEqual(a, b)).toBe(true);
  });

  it.each([
    [1, 2],
    [1, '1'],
    [null, undefined],
    [null, {}],
    [{}, null],
    [0, Number.NaN],
    [[1, 2], [2, 1]],
    [[1], [1, 2]],
    [[1, 2], [1]],
    [[], {}],
    [{}, []],
    [{ a: 1 }, { a: 1, b: 2 }],
    [{ a: 1, b: 2 }, { a: 1 }],
    [{ a: 1 }, { b: 1 }],
    [{ a: undefined }, { b: undefined }],
    [{ a: { b: 1 } }, { a: { b: 2 } }],
    [new Date(5), new Date(6)],
    [new Date(5), 5],
    [5, new Date(5)],
    [{}, new Date(0)],
  ])('%j differs from %j', (a, b) => {
    expect(deepEqual(a, b)).toBe(false);
  });

  it('compares class instances by identity only', () => {
    class Box {
      constructor(readonly v: number) {}
    }
    const box = new Box(1);
    expect(deepEqual(box, box)).toBe(true);
    expect(deepEqual(new Box(1), new Box(1))).toBe(false);
    expect(deepEqual(new Box(1), { v: 1 })).toBe(false);
  });

  it('does not look up inherited keys', () => {
    const inherited = Object.create({ a: 1 });
    inherited.b = 2;
    expect(deepEqual({ a: 1 }, { b: 2 })).toBe(false);
  });
});

describe('findDuplicate', () => {
  it.each([
    [[1, 2, 3], undefined],
    [[], undefined],
    [[1, 1], [1, 0]],
    [[1, 2, 3, 2], [3, 1]],
    [[1, 2, 2, 1], [2, 1]],
    [[[1], [2], [1]], [2, 0]],
    [[Number.NaN, Number.NaN], [1, 0]],
  ] as [unknown[], [number, number] | undefined][])('%j → %j', (items, expected) => {
    expect(findDuplicate(items)).toEqual(expected);
  });

  it('compares by key', () => {
    const items = [{ id: 1, n: 'a' }, { id: 2, n: 'a' }, { id: 1, n: 'b' }];
    expect(findDuplicate(items, (item) => item.id)).toEqual([2, 0]);
    expect(findDuplicate(items, (item) => item.n)).toEqual([1, 0]);
  });
});
