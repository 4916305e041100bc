import { describe, expect, it } from 'vitest';
import { formatPath, getIn, parsePath, startsWithPath } from '../src/path';

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['name'], 'name'],
    [['user', 'name'], 'user.name'],
    [[0], '[0]'],
    [['items', 3, 'price'], 'items[3].price'],
    [['a', 0, 1], 'a[0][1]'],
    [['first name'], '["first name"]'],
    [['user', 'first name'], 'user["first name"]'],
    [['user', '2fa'], 'user["2fa"]'],
    [['$ref', '_id'], '$ref._id'],
    [['a-b', 'c'], '["a-b"].c'],
    [['', 'x'], '[""].x'],
  ] as [(string | number)[], string][])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('parsePath', () => {
  it.each([
    ['', []],
    ['name', ['name']],
    ['user.name', ['user', 'name']],
    ['[0]', [0]],
    ['items[3].price', ['items', 3, 'price']],
    ['a[0][1]', ['a', 0, 1]],
    ['["first name"]', ['first name']],
    ['user["first name"].x', ['user', 'first name', 'x']],
    ['a[10]', ['a', 10]],
  ] as [string, (string | number)[]][])('%s → %j', (text, expected) => {
    expect(parsePath(text)).toEqual(expected);
  });

  it.each([
    ['user.name'],
    ['items[3].price'],
    ['a["b c"][0].d'],
    ['x[0][12]'],
  ])('round-trips %s', (text) => {
    expect(formatPath(parsePath(text))).toBe(text);
  });

  it.each([
    ['.a', 'Unexpected "." at 0'],
    ['a.', 'Unexpected "." at 1'],
    ['a..b', 'Unexpected "." at 1'],
    ['a[0', 'Unclosed "[" at 1'],
    ['a[x]', 'Invalid index "x" at 1'],
    ['a[-1]', 'Invalid index "-1" at 1'],
    ['a["]', 'Invalid index """ at 1'],
  ])('rejects %s', (text, message) => {
    expect(() => parsePath(text)).toThrow(new SyntaxError(message));
  });
});

describe('getIn', () => {
  const value = { user: { tags: ['a', 'b'], name: 'Ada' }, n: 0 };

  it('reads nested properties and indexes', () => {
    expect(getIn(value, ['user', 'name'])).toBe('Ada');
    expect(getIn(value, ['user', 'tags', 1])).toBe('b');
    expect(getIn(value, ['n'])).toBe(0);
    expect(getIn(value, [])).toBe(value);
  });

  it('gives undefined past a missing or primitive value', () => {
    expect(getIn(value, ['user', 'missing', 'x'])).toBeUndefined();
    expect(getIn(value, ['user', 'name', 'length'])).toBeUndefined();
    expect(getIn(null, ['a'])).toBeUndefined();
  });
});

describe('startsWithPath', () => {
  it.each([
    [['a', 'b'], ['a'], true],
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], [], true],
    [['a'], ['a', 'b'], false],
    [['a', 0], ['a', 1], false],
    [['a', 0], ['a', '0'], false],
    [['b', 'a'], ['a'], false],
  ] as [(string | number)[], (string | number)[], boolean][])('%j starts with %j: %s', (path, prefix, expected) => {
    expect(startsWithPath(path, prefix)).toBe(expected);
  });
});
