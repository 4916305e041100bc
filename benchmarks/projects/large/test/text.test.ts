import { describe, expect, it } from 'vitest';
import { closest, levenshtein, pluralize } from '../src/text';

describe('levenshtein', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['', '', 0],
    ['same', 'same', 0],
    ['flaw', 'lawn', 2],
    ['a', 'b', 1],
    ['ab', 'ba', 2],
    ['gumbo', 'gambol', 2],
    ['book', 'back', 2],
    ['abc', 'abcd', 1],
    ['abcd', 'abc', 1],
    ['Saturday', 'Sunday', 3],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
  });

  it('is symmetric', () => {
    expect(levenshtein('intention', 'execution')).toBe(levenshtein('execution', 'intention'));
    expect(levenshtein('intention', 'execution')).toBe(5);
  });
});

describe('closest', () => {
  const colours = ['red', 'green', 'blue'];

  it.each([
    ['gren', 'green'],
    ['bleu', 'blue'],
    ['rde', 'red'],
    ['GREEN', 'green'],
    ['red', 'red'],
  ])('%s → %s', (input, expected) => {
    expect(closest(input, colours)).toBe(expected);
  });

  it('finds nothing beyond the maximum distance', () => {
    expect(closest('purple', colours)).toBeUndefined();
    expect(closest('grn', ['green'], 1)).toBeUndefined();
    expect(closest('grn', ['green'], 2)).toBe('green');
    expect(closest('anything', [])).toBeUndefined();
  });

  it('prefers the nearest, then the first', () => {
    expect(closest('bat', ['cat', 'hat'])).toBe('cat');
    expect(closest('cart', ['car', 'cart', 'card'])).toBe('cart');
    expect(closest('ab', ['xyz', 'abc', 'ab_'])).toBe('abc');
  });
});

describe('pluralize', () => {
  it.each([
    [1, 'issue', undefined, '1 issue'],
    [0, 'issue', undefined, '0 issues'],
    [2, 'issue', undefined, '2 issues'],
    [-1, 'item', undefined, '-1 item'],
    [2, 'child', 'children', '2 children'],
    [1, 'child', 'children', '1 child'],
  ])('%i %s', (count, singular, plural, expected) => {
    expect(pluralize(count, singular, plural)).toBe(expected);
  });
});
