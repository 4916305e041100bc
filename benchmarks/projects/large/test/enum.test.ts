import { describe, expect, it } from 'vitest';
import { enumeration } from '../src/enum';

const colour = enumeration(['red', 'green', 'blue']);

describe('enumeration', () => {
  it.each(['red', 'green', 'blue'])('accepts %s', (value) => {
    expect(colour.parse(value)).toBe(value);
  });

  it('suggests the nearest option', () => {
    expect(colour.safeParse('gren')).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_enum',
          path: [],
          message: 'Expected one of "red", "green", "blue", received "gren"; did you mean "green"?',
          params: { options: ['"red"', '"green"', '"blue"'], received: '"gren"', suggestion: '"green"' },
        },
      ],
    });
  });

  it('suggests across case differences', () => {
    expect(colour.safeParse('RED')).toMatchObject({ ok: false, issues: [{ params: { suggestion: '"red"' } }] });
  });

  it('suggests nothing when no option is near', () => {
    expect(colour.safeParse('purple')).toEqual({
      ok: false,
      issues: [
        {
          code: 'invalid_enum',
          path: [],
          message: 'Expected one of "red", "green", "blue", received "purple"',
          params: { options: ['"red"', '"green"', '"blue"'], received: '"purple"' },
        },
      ],
    });
  });

  it.each([
    [3, '3'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['red'], 'array'],
    [true, 'boolean'],
  ])('describes the received %j as %s', (input, received) => {
    expect(colour.safeParse(input)).toMatchObject({ ok: false, issues: [{ params: { received } }] });
  });

  it('works with numbers', () => {
    const level = enumeration([1, 2, 3]);
    expect(level.parse(2)).toBe(2);
    expect(level.safeParse(4)).toMatchObject({ ok: false, issues: [{ message: 'Expected one of 1, 2, 3, received 4' }] });
    expect(level.safeParse('2')).toMatchObject({ ok: false, issues: [{ message: 'Expected one of 1, 2, 3, received "2"' }] });
  });

  it('can ignore case, returning the declared option', () => {
    const method = enumeration(['GET', 'POST']).ignoreCase();
    expect(method.parse('get')).toBe('GET');
    expect(method.parse('Post')).toBe('POST');
    expect(method.is('put')).toBe(false);
    expect(enumeration(['GET']).is('get')).toBe(false);
  });

  it('ignoring case still needs a string', () => {
    expect(enumeration(['1', 2]).ignoreCase().is(1)).toBe(false);
  });

  it('extracts and excludes options', () => {
    expect(colour.extract(['red', 'blue']).options).toEqual(['red', 'blue']);
    expect(colour.exclude(['red']).options).toEqual(['green', 'blue']);
    expect(colour.exclude(['red']).is('red')).toBe(false);
  });

  it('names its type', () => {
    expect(colour.typeName()).toBe('"red" | "green" | "blue"');
    expect(enumeration([1, 2]).typeName()).toBe('1 | 2');
  });

  it('needs at least one option', () => {
    expect(() => enumeration([])).toThrow(new TypeError('enumeration() needs at least one option'));
  });
});
