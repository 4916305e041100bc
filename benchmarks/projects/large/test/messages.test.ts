import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES, describeValue, fallbackKeys, interpolate, quote, resolveMessage } from '../src/messages';

describe('interpolate', () => {
  it('fills named placeholders', () => {
    expect(interpolate('Expected {expected}, received {received}', { expected: 'string', received: 'number' })).toBe(
      'Expected string, received number',
    );
  });

  it('leaves unknown placeholders as written', () => {
    expect(interpolate('Hello {name} and {other}', { name: 'Ada' })).toBe('Hello Ada and {other}');
  });

  it('joins arrays with commas', () => {
    expect(interpolate('One of {options}', { options: ['"a"', '"b"', '"c"'] })).toBe('One of "a", "b", "c"');
  });

  it('writes dates as their ISO day', () => {
    expect(interpolate('After {minimum}', { minimum: new Date(Date.UTC(2024, 1, 29, 13)) })).toBe('After 2024-02-29');
    expect(interpolate('After {minimum}', { minimum: new Date(Number.NaN) })).toBe('After Invalid Date');
  });

  it('writes bigints with their suffix', () => {
    expect(interpolate('Max {maximum}', { maximum: 10n })).toBe('Max 10n');
  });

  it.each([
    [1, 'at least 1 item'],
    [-1, 'at least -1 item'],
    [0, 'at least 0 items'],
    [2, 'at least 2 items'],
    [1.5, 'at least 1.5 items'],
  ])('picks the plural form for %d', (n, expected) => {
    expect(interpolate('at least {n} {n|item|items}', { n })).toBe(expected);
  });

  it('keeps a plural placeholder whose name is unknown', () => {
    expect(interpolate('{n|item|items}', {})).toBe('{n|item|items}');
  });

  it('replaces every occurrence', () => {
    expect(interpolate('{a}-{a}-{b}', { a: 1, b: 2 })).toBe('1-1-2');
  });
});

describe('fallbackKeys', () => {
  it.each([
    ['too_small', ['too_small']],
    ['too_small.number', ['too_small.number', 'too_small']],
    ['too_small.number.exclusive', ['too_small.number.exclusive', 'too_small.number', 'too_small']],
  ])('%s', (key, expected) => {
    expect(fallbackKeys(key)).toEqual(expected);
  });
});

describe('resolveMessage', () => {
  it('uses the most specific default', () => {
    expect(resolveMessage('too_small.number.exclusive', { minimum: 0 })).toBe('Must be greater than 0');
    expect(resolveMessage('too_small.number', { minimum: 0 })).toBe('Must be greater than or equal to 0');
  });

  it('falls back to a shorter key', () => {
    expect(resolveMessage('too_small.widget', {})).toBe('Value is too small');
    expect(resolveMessage('invalid_string.email', { validation: 'email' })).toBe('Invalid email');
  });

  it('falls back to the custom message for an unknown key', () => {
    expect(resolveMessage('nonsense', {})).toBe('Invalid value');
  });

  it('prefers an override at the same key', () => {
    expect(resolveMessage('too_small.string', { minimum: 3 }, { 'too_small.string': 'Min {minimum}' })).toBe('Min 3');
  });

  it('prefers a more specific default over a less specific override', () => {
    expect(resolveMessage('too_small.string', { minimum: 3 }, { too_small: 'Too small!' })).toBe(
      'Must contain at least 3 characters',
    );
  });

  it('uses a less specific override when no default matches the specific key', () => {
    expect(resolveMessage('too_small.widget', {}, { too_small: 'Too small!' })).toBe('Too small!');
  });

  it.each([
    ['too_small.string', { minimum: 1 }, 'Must contain at least 1 character'],
    ['too_big.string', { maximum: 5 }, 'Must contain at most 5 characters'],
    ['too_small.array', { minimum: 2 }, 'Must contain at least 2 items'],
    ['too_big.array', { maximum: 1 }, 'Must contain at most 1 item'],
    ['too_small.object', { minimum: 1 }, 'Must have at least 1 key'],
    ['too_big.object', { maximum: 4 }, 'Must have at most 4 keys'],
    ['too_big.number', { maximum: 10 }, 'Must be less than or equal to 10'],
    ['too_big.number.exclusive', { maximum: 10 }, 'Must be less than 10'],
    ['invalid_length.string', { exact: 1 }, 'Must contain exactly 1 character'],
    ['invalid_length.array', { exact: 3 }, 'Must contain exactly 3 items'],
    ['invalid_string.starts_with', { prefix: 'ab' }, 'Must start with "ab"'],
    ['invalid_string.ends_with', { suffix: '.ts' }, 'Must end with ".ts"'],
    ['invalid_string.includes', { substring: '@' }, 'Must include "@"'],
    ['unrecognized_keys', { count: 1, keys: ['x'] }, 'Unrecognized key: x'],
    ['unrecognized_keys', { count: 2, keys: ['x', 'y'] }, 'Unrecognized keys: x, y'],
    ['not_multiple_of', { multipleOf: 5 }, 'Must be a multiple of 5'],
    ['not_integer', {}, 'Expected integer, received float'],
    ['duplicate_items', { index: 3, first: 1 }, 'Items must be unique: index 3 repeats index 1'],
  ])('%s with %j', (key, params, expected) => {
    expect(resolveMessage(key, params)).toBe(expected);
  });

  it('has a message for every issue code', () => {
    for (const code of ['invalid_type', 'too_small', 'too_big', 'invalid_length', 'invalid_string', 'invalid_literal', 'invalid_enum', 'unrecognized_keys', 'invalid_union', 'invalid_discriminator', 'invalid_intersection', 'invalid_date', 'not_multiple_of', 'not_finite', 'not_integer', 'duplicate_items', 'custom']) {
      expect(DEFAULT_MESSAGES[code]).toBeTypeOf('string');
    }
  });
});

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    [[], 'array'],
    [new Date(0), 'date'],
    [new Date(Number.NaN), 'invalid date'],
    [Number.NaN, 'nan'],
    [Number.POSITIVE_INFINITY, 'infinity'],
    [Number.NEGATIVE_INFINITY, '-infinity'],
    [0, 'number'],
    [-3.5, 'number'],
    ['x', 'string'],
    [true, 'boolean'],
    [10n, 'bigint'],
    [{}, 'object'],
    [new Map(), 'object'],
    [() => 1, 'function'],
    [Symbol('s'), 'symbol'],
  ])('%s is %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });
});

describe('quote', () => {
  it.each([
    ['a', '"a"'],
    ['say "hi"', '"say \\"hi\\""'],
    [3, '3'],
    [5n, '5n'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('%s → %s', (value, expected) => {
    expect(quote(value)).toBe(expected);
  });
});
