import { describe, expect, it } from 'vitest';
import { array, number, object, oneOf, string, type Infer } from '../../src/core/index.js';

describe('oneOf()', () => {
  const level = oneOf(['debug', 'info', 'warn'] as const);

  it.each(['debug', 'info', 'warn'])('accepts %j', (input) => {
    expect(level.parse(input)).toEqual({ ok: true, value: input });
  });

  it('lists the allowed values when rejecting', () => {
    expect(level.parse('trace')).toEqual({
      ok: false,
      issues: [
        { path: [], code: 'invalid_value', message: 'Expected one of "debug", "info", "warn", received "trace"' },
      ],
    });
  });

  it('compares without coercion', () => {
    const digits = oneOf([1, 2, 3]);
    expect(digits.parse(2)).toEqual({ ok: true, value: 2 });
    expect(digits.parse('2').ok).toBe(false);
  });

  it('reports undefined as required', () => {
    const result = level.parse(undefined);
    expect(result.ok ? undefined : result.issues[0]!.code).toBe('required');
  });
});

describe('array()', () => {
  const tags = array(string({ min: 1 }));

  it('accepts an empty array', () => {
    expect(tags.parse([])).toEqual({ ok: true, value: [] });
  });

  it('returns the parsed items', () => {
    expect(array(number({ coerce: true })).parse(['1', 2, '3'])).toEqual({ ok: true, value: [1, 2, 3] });
  });

  it('rejects a non-array', () => {
    expect(tags.parse('a,b')).toEqual({
      ok: false,
      issues: [{ path: [], code: 'invalid_type', message: 'Expected array, received string' }],
    });
  });

  it('collects an issue for every bad item, with its index in the path', () => {
    const result = tags.parse(['ok', '', 7, 'fine'], ['post', 'tags']);
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: ['post', 'tags', 1], code: 'too_small', message: 'Expected at least 1 characters' },
        { path: ['post', 'tags', 2], code: 'invalid_type', message: 'Expected string, received number' },
      ],
    });
  });
});

describe('object()', () => {
  const user = object({
    name: string({ min: 1 }),
    age: number({ min: 0 }).optional(),
    roles: array(oneOf(['admin', 'editor'])),
  });

  it('accepts a valid object', () => {
    const input = { name: 'Ada', age: 36, roles: ['admin'] };
    expect(user.parse(input)).toEqual({ ok: true, value: input });
  });

  it('leaves an absent optional key out of the value', () => {
    const result = user.parse({ name: 'Ada', roles: [] });
    expect(result).toEqual({ ok: true, value: { name: 'Ada', roles: [] } });
    expect(result.ok && 'age' in result.value).toBe(false);
  });

  it('drops unknown keys unless strict', () => {
    expect(user.parse({ name: 'Ada', roles: [], admin: true })).toEqual({
      ok: true,
      value: { name: 'Ada', roles: [] },
    });
  });

  it.each([
    [null, 'null'],
    [[], 'array'],
    ['Ada', 'string'],
    [undefined, 'undefined'],
  ])('rejects %j', (input, name) => {
    const result = user.parse(input);
    expect(result.ok ? undefined : result.issues[0]!.message).toBe(`Expected object, received ${name}`);
  });

  it('reports every failing key with its path', () => {
    const result = user.parse({ age: -1, roles: ['admin', 'owner'] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['name'], 'required'],
      [['age'], 'too_small'],
      [['roles', 1], 'invalid_value'],
    ]);
  });

  it('nests paths through nested objects', () => {
    const config = object({ server: object({ port: number({ max: 65535 }) }) });
    expect(config.parse({ server: { port: 70000 } }, ['config'])).toEqual({
      ok: false,
      issues: [
        { path: ['config', 'server', 'port'], code: 'too_big', message: 'Expected a number <= 65535, received 70000' },
      ],
    });
  });

  it('infers the value type', () => {
    type User = Infer<typeof user>;
    const value: User = { name: 'x', roles: ['editor'] };
    expect(user.parse(value).ok).toBe(true);
  });
});
