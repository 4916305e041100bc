import { describe, expect, it } from 'vitest';
import { array } from '../src/array';
import { number } from '../src/number';
import { literal } from '../src/primitives';
import {
  DefaultSchema,
  NullableSchema,
  OptionalSchema,
  PreprocessSchema,
  TransformSchema,
  preprocess,
  unwrapAll,
} from '../src/schema';
import { string } from '../src/string';

describe('optional', () => {
  const schema = string().min(2).optional();

  it('accepts undefined', () => {
    expect(schema.safeParse(undefined)).toEqual({ ok: true, value: undefined });
  });

  it('validates anything else with the inner schema', () => {
    expect(schema.parse('ab')).toBe('ab');
    expect(schema.is('a')).toBe(false);
    expect(schema.is(null)).toBe(false);
  });

  it('accepts a missing value and unwraps', () => {
    expect(schema.acceptsUndefined()).toBe(true);
    expect(string().acceptsUndefined()).toBe(false);
    expect(schema.unwrap().kind).toBe('string');
    expect(schema.typeName()).toBe('string | undefined');
  });
});

describe('nullable', () => {
  const schema = number().nullable();

  it('accepts null but not undefined', () => {
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(5)).toBe(5);
    expect(schema.is(undefined)).toBe(false);
  });

  it('accepts undefined only if its inner schema does', () => {
    expect(schema.acceptsUndefined()).toBe(false);
    expect(number().optional().nullable().acceptsUndefined()).toBe(true);
  });

  it('names its type', () => {
    expect(schema.typeName()).toBe('number | null');
    expect(schema.unwrap().kind).toBe('number');
  });
});

describe('nullish', () => {
  it('accepts null and undefined', () => {
    const schema = string().nullish();
    expect(schema.parse(null)).toBeNull();
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse('x')).toBe('x');
    expect(schema.is(0)).toBe(false);
    expect(schema.typeName()).toBe('string | null | undefined');
  });
});

describe('default', () => {
  it('replaces undefined with the default', () => {
    expect(number().default(7).parse(undefined)).toBe(7);
    expect(number().default(7).parse(3)).toBe(3);
  });

  it('does not replace null', () => {
    expect(number().default(7).is(null)).toBe(false);
  });

  it('calls a function default each time', () => {
    let calls = 0;
    const schema = array(number()).default(() => {
      calls++;
      return [];
    });
    const a = schema.parse(undefined);
    const b = schema.parse(undefined);
    expect(a).toEqual([]);
    expect(a).not.toBe(b);
    expect(calls).toBe(2);
  });

  it('validates the default too', () => {
    expect(number().min(10).default(3).safeParse(undefined)).toMatchObject({ ok: false, issues: [{ code: 'too_small' }] });
  });

  it('accepts a missing value and keeps the inner type name', () => {
    const schema = string().default('x');
    expect(schema).toBeInstanceOf(DefaultSchema);
    expect(schema.acceptsUndefined()).toBe(true);
    expect(schema.typeName()).toBe('string');
    expect(schema.defaultValue()).toBe('x');
  });
});

describe('transform', () => {
  it('maps the parsed value', () => {
    const schema = string().transform((s) => s.length);
    expect(schema).toBeInstanceOf(TransformSchema);
    expect(schema.parse('hello')).toBe(5);
  });

  it('does not run on invalid input', () => {
    let calls = 0;
    const schema = string().transform((s) => {
      calls++;
      return s;
    });
    expect(schema.is(1)).toBe(false);
    expect(calls).toBe(0);
  });

  it('turns a thrown error into a custom issue', () => {
    const schema = string().transform((s) => {
      if (s === 'bad') throw new Error('Cannot use "bad"');
      return s;
    });
    expect(schema.safeParse('bad')).toEqual({
      ok: false,
      issues: [{ code: 'custom', path: [], message: 'Cannot use "bad"', params: { reason: 'transform' } }],
    });
  });

  it('turns a thrown non-error into its string', () => {
    const schema = number().transform(() => {
      throw 'nope';
    });
    expect(schema.safeParse(1)).toMatchObject({ ok: false, issues: [{ message: 'nope' }] });
  });

  it('chains with checks on the output', () => {
    const schema = string()
      .transform((s) => s.split(','))
      .refine((parts) => parts.length <= 3, 'At most 3 parts');
    expect(schema.parse('a,b')).toEqual(['a', 'b']);
    expect(schema.is('a,b,c,d')).toBe(false);
  });

  it('accepts undefined when its input schema does', () => {
    expect(string().optional().transform((s) => s ?? '').acceptsUndefined()).toBe(true);
    expect(string().transform((s) => s).acceptsUndefined()).toBe(false);
  });
});

describe('pipe', () => {
  const schema = string()
    .transform((s) => Number(s))
    .pipe(number().int().positive());

  it('feeds the output of the first schema to the second', () => {
    expect(schema.parse('42')).toBe(42);
  });

  it('reports the issues of the second schema', () => {
    expect(schema.safeParse('-3')).toMatchObject({ ok: false, issues: [{ code: 'too_small' }] });
    expect(schema.safeParse('1.5')).toMatchObject({ ok: false, issues: [{ code: 'not_integer' }] });
  });

  it('stops after the first schema fails', () => {
    const result = schema.safeParse(42);
    expect(result).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', params: { expected: 'string' } }] });
    if (!result.ok) expect(result.issues).toHaveLength(1);
  });
});

describe('preprocess', () => {
  it('converts the input before validating it', () => {
    const schema = preprocess((input) => (typeof input === 'string' ? input.split('|') : input), array(string()));
    expect(schema).toBeInstanceOf(PreprocessSchema);
    expect(schema.parse('a|b')).toEqual(['a', 'b']);
    expect(schema.parse(['c'])).toEqual(['c']);
    expect(schema.is(3)).toBe(false);
  });
});

describe('unwrapAll', () => {
  it('removes every wrapping layer', () => {
    const inner = string();
    expect(unwrapAll(inner.optional().nullable().default('x').catch('y'))).toBe(inner);
    expect(unwrapAll(inner)).toBe(inner);
  });

  it('stops at a transform', () => {
    const transformed = string().transform((s) => s);
    expect(unwrapAll(transformed.optional())).toBe(transformed);
  });

  it('returns the instance types', () => {
    expect(literal('a').optional()).toBeInstanceOf(OptionalSchema);
    expect(literal('a').nullable()).toBeInstanceOf(NullableSchema);
  });
});
