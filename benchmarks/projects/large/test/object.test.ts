import { describe, expect, it } from 'vitest';
import { number } from '../src/number';
import { object, strictObject } from '../src/object';
import { boolean } from '../src/primitives';
import { string } from '../src/string';

const user = object({ name: string(), age: number().int() });

describe('object', () => {
  it('parses the shape and strips unknown keys', () => {
    expect(user.parse({ name: 'Ada', age: 36, admin: true })).toEqual({ name: 'Ada', age: 36 });
  });

  it.each([
    [null, 'null'],
    [[], 'array'],
    ['Ada', 'string'],
    [undefined, 'undefined'],
  ])('rejects %j', (input, received) => {
    expect(user.safeParse(input)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_type', path: [], message: `Expected object, received ${received}`, params: { expected: 'object', received } }],
    });
  });

  it('accepts objects with a null prototype', () => {
    const input = Object.assign(Object.create(null), { name: 'a', age: 1 });
    expect(user.parse(input)).toEqual({ name: 'a', age: 1 });
  });

  it('reports missing and bad properties at their key', () => {
    const result = user.safeParse({ age: 1.5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.path, i.message])).toEqual([
        [['name'], 'Expected string, received undefined'],
        [['age'], 'Expected integer, received float'],
      ]);
    }
  });

  it('stops at the first bad property with abortEarly', () => {
    const result = user.safeParse({}, { abortEarly: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([['name']]);
  });

  it('nests paths', () => {
    const schema = object({ address: object({ city: string().min(1) }) });
    expect(schema.safeParse({ address: { city: '' } })).toMatchObject({ ok: false, issues: [{ path: ['address', 'city'] }] });
  });

  it('uses parsed property values', () => {
    expect(object({ code: string().trim().toUpperCase() }).parse({ code: ' nl ' })).toEqual({ code: 'NL' });
  });

  it('ignores inherited properties', () => {
    const proto = { name: 'inherited' };
    const input = Object.assign(Object.create(proto), { age: 3 });
    expect(user.safeParse(input)).toMatchObject({ ok: true });
    expect(object({ age: number() }).strict().parse(input)).toEqual({ age: 3 });
  });
});

describe('optional and default properties', () => {
  const schema = object({ name: string(), nick: string().optional(), role: string().default('user') });

  it('leaves out a missing optional property', () => {
    const output = schema.parse({ name: 'a' });
    expect(output).toEqual({ name: 'a', role: 'user' });
    expect('nick' in output).toBe(false);
  });

  it('keeps an optional property given as undefined', () => {
    const output = schema.parse({ name: 'a', nick: undefined });
    expect('nick' in output).toBe(true);
  });

  it('fills defaults', () => {
    expect(schema.parse({ name: 'a', role: 'admin' }).role).toBe('admin');
    expect(schema.parse({ name: 'a', role: undefined }).role).toBe('user');
  });

  it('lists the required keys', () => {
    expect(schema.requiredKeys()).toEqual(['name']);
    expect(schema.keys()).toEqual(['name', 'nick', 'role']);
  });
});

describe('unknown keys', () => {
  it('strict reports them with suggestions', () => {
    expect(user.strict().safeParse({ name: 'a', age: 1, nmae: 'b', colour: 'red' })).toEqual({
      ok: false,
      issues: [
        {
          code: 'unrecognized_keys',
          path: [],
          message: 'Unrecognized keys: nmae, colour',
          params: { keys: ['nmae', 'colour'], count: 2, suggestions: { nmae: 'name' } },
        },
      ],
    });
  });

  it('strict accepts an exact object', () => {
    expect(strictObject({ a: number() }).parse({ a: 1 })).toEqual({ a: 1 });
  });

  it('strict reports both bad properties and unknown keys', () => {
    const result = strictObject({ a: number() }).safeParse({ a: 'x', b: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(['invalid_type', 'unrecognized_keys']);
  });

  it('passthrough keeps them', () => {
    expect(user.passthrough().parse({ name: 'a', age: 1, extra: [1] })).toEqual({ name: 'a', age: 1, extra: [1] });
  });

  it('strip after strict removes them again', () => {
    expect(user.strict().strip().parse({ name: 'a', age: 1, extra: 1 })).toEqual({ name: 'a', age: 1 });
    expect(user.strict().unknownKeys).toBe('strict');
    expect(user.unknownKeys).toBe('strip');
  });

  it('catchall validates them', () => {
    const flags = object({ name: string() }).catchall(boolean());
    expect(flags.parse({ name: 'a', beta: true, dark: false })).toEqual({ name: 'a', beta: true, dark: false });
    expect(flags.safeParse({ name: 'a', beta: 'yes' })).toMatchObject({ ok: false, issues: [{ path: ['beta'], code: 'invalid_type' }] });
  });

  it('catchall stops at the first bad extra with abortEarly', () => {
    const flags = object({}).catchall(boolean());
    const result = flags.safeParse({ a: 1, b: 2 }, { abortEarly: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });

  it('a mode replaces the catchall', () => {
    const schema = object({}).catchall(boolean()).passthrough();
    expect(schema.parse({ a: 1 })).toEqual({ a: 1 });
  });
});

const base = object({ id: number(), name: string(), email: string().email() }).describe('A user');

describe('extend and merge', () => {
  it('extend adds and replaces properties', () => {
    const extended = base.extend({ name: string().optional(), admin: boolean() });
    expect(extended.keys()).toEqual(['id', 'name', 'email', 'admin']);
    expect(extended.parse({ id: 1, email: 'a@b.co', admin: false })).toEqual({ id: 1, email: 'a@b.co', admin: false });
  });

  it('extend keeps the unknown-key mode and the description', () => {
    const extended = base.strict().extend({ x: number() });
    expect(extended.unknownKeys).toBe('strict');
    expect(extended.description).toBe('A user');
  });

  it('merge takes the other object’s mode', () => {
    const merged = base.merge(object({ admin: boolean() }).passthrough());
    expect(merged.unknownKeys).toBe('passthrough');
    expect(merged.keys()).toEqual(['id', 'name', 'email', 'admin']);
    expect(base.strict().merge(object({})).unknownKeys).toBe('strip');
  });

  it('merge takes the other object’s catchall', () => {
    const merged = base.merge(object({}).catchall(number()));
    expect(merged.catchallSchema?.kind).toBe('number');
  });
});

describe('pick and omit', () => {
  it('pick keeps the named keys', () => {
    const picked = base.pick(['id', 'email']);
    expect(picked.keys()).toEqual(['id', 'email']);
    expect(picked.parse({ id: 1, email: 'a@b.co', name: 'x' })).toEqual({ id: 1, email: 'a@b.co' });
  });

  it('pick rejects an unknown key', () => {
    expect(() => base.pick(['nope' as 'id'])).toThrow('pick(): no key "nope" in the shape');
  });

  it('omit drops the named keys', () => {
    expect(base.omit(['email']).keys()).toEqual(['id', 'name']);
    expect(base.omit([]).keys()).toEqual(['id', 'name', 'email']);
  });

  it('keep the mode', () => {
    expect(base.passthrough().pick(['id']).unknownKeys).toBe('passthrough');
    expect(base.passthrough().omit(['id']).unknownKeys).toBe('passthrough');
  });
});

describe('partial and required', () => {
  it('partial makes every property optional', () => {
    const partial = base.partial();
    expect(partial.parse({})).toEqual({});
    expect(partial.requiredKeys()).toEqual([]);
    expect(partial.is({ email: 'bad' })).toBe(false);
  });

  it('partial with keys only touches those', () => {
    const partial = base.partial(['name']);
    expect(partial.requiredKeys()).toEqual(['id', 'email']);
  });

  it('partial keeps a property that already accepts undefined as it is', () => {
    const withDefault = object({ n: number().default(1) });
    expect(withDefault.partial().shape.n).toBe(withDefault.shape.n);
    expect(withDefault.partial().parse({})).toEqual({ n: 1 });
  });

  it('required leaves other wrappers alone', () => {
    const schema = object({ n: number().default(1), m: number().nullable() }).required();
    expect(schema.requiredKeys()).toEqual(['m']);
  });
});
