import { describe, expect, it } from 'vitest';
import { formatPath, parsePath } from '../src/path';

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
