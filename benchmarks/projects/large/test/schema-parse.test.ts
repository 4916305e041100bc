import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/issues';
import { number } from '../src/number';
import { string } from '../src/string';

describe('safeParse', () => {
  it('returns the value on success', () => {
    expect(string().safeParse('abc')).toEqual({ ok: true, value: 'abc' });
  });

  it('returns the issues on failure', () => {
    expect(string().safeParse(1)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], message: 'Expected string, received number', params: { expected: 'string', received: 'number' } }],
    });
  });

  it('runs every check and reports each failure', () => {
    const result = string().min(5).includes('@').safeParse('abc');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.message)).toEqual(['Must contain at least 5 characters', 'Must include "@"']);
    }
  });

  it('stops at the first failing check with abortEarly', () => {
    const result = string().min(5).includes('@').safeParse('abc', { abortEarly: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });

  it('runs no checks when the type is wrong', () => {
    const result = string().min(5).safeParse(42);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('applies message overrides', () => {
    const result = number().int().safeParse(1.5, { messages: { not_integer: 'Whole numbers only' } });
    expect(result).toMatchObject({ ok: false, issues: [{ message: 'Whole numbers only' }] });
  });

  it('limits issues with maxIssues', () => {
    const result = string().min(5).includes('@').endsWith('!').safeParse('abc', { maxIssues: 2 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(2);
  });
});

describe('parse', () => {
  it('returns the value', () => {
    expect(number().parse(3)).toBe(3);
  });

  it('throws a ValidationError carrying the issues', () => {
    try {
      number().min(10).parse(3);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe('Must be greater than or equal to 10');
      expect((error as ValidationError).issues).toHaveLength(1);
    }
  });
});

describe('is', () => {
  it.each([
    ['abc', true],
    ['', true],
    [1, false],
    [null, false],
  ])('string().is(%j) is %s', (input, expected) => {
    expect(string().is(input)).toBe(expected);
  });
});

describe('refine', () => {
  const even = number().refine((n) => n % 2 === 0, 'Must be even');

  it('passes values the predicate accepts', () => {
    expect(even.parse(4)).toBe(4);
  });

  it('reports a custom issue with the given message', () => {
    expect(even.safeParse(3)).toEqual({ ok: false, issues: [{ code: 'custom', path: [], message: 'Must be even', params: {} }] });
  });

  it('takes options with params', () => {
    const schema = number().refine((n) => n !== 13, { message: 'Unlucky {n}', params: { n: 13 } });
    expect(schema.safeParse(13)).toEqual({ ok: false, issues: [{ code: 'custom', path: [], message: 'Unlucky {n}', params: { n: 13 } }] });
  });

  it('defaults to "Invalid value"', () => {
    expect(number().refine(() => false).safeParse(1)).toMatchObject({ ok: false, issues: [{ message: 'Invalid value' }] });
  });

  it('runs after the built-in checks', () => {
    const schema = string().min(3).refine((s) => s === s.toUpperCase(), 'Must be upper case');
    const result = schema.safeParse('ab');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.message)).toEqual(['Must contain at least 3 characters', 'Must be upper case']);
  });
});

describe('immutability', () => {
  it('returns a new schema from every check', () => {
    const base = string();
    const short = base.max(2);
    expect(short).not.toBe(base);
    expect(base.parse('long text')).toBe('long text');
    expect(short.is('long text')).toBe(false);
    expect(base.checkList).toHaveLength(0);
    expect(short.checkList).toHaveLength(1);
  });

  it('keeps the class of the schema', () => {
    const schema = string().min(1).describe('A name');
    expect(schema.kind).toBe('string');
    expect(schema.description).toBe('A name');
    expect(string().description).toBeUndefined();
  });

  it('finds a check by name', () => {
    const schema = number().int().min(3);
    expect(schema.findCheck('min')?.params).toEqual({ minimum: 3, inclusive: true });
    expect(schema.findCheck('max')).toBeUndefined();
  });
});
