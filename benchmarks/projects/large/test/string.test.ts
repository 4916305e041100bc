import { describe, expect, it } from 'vitest';
import { string } from '../src/string';

const messages = (result: ReturnType<ReturnType<typeof string>['safeParse']>): string[] =>
  result.ok ? [] : result.issues.map((issue) => issue.message);

describe('string type', () => {
  it.each(['', 'abc', ' spaced ', '😀'])('accepts %j', (value) => {
    expect(string().parse(value)).toBe(value);
  });

  it.each([
    [1, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [['a'], 'array'],
    [new String('a'), 'object'],
  ])('rejects %j', (input, received) => {
    expect(messages(string().safeParse(input))).toEqual([`Expected string, received ${received}`]);
  });
});

describe('length checks', () => {
  it.each([
    ['ab', false],
    ['abc', true],
    ['abcd', true],
  ])('min(3) on %j: %s', (input, ok) => {
    expect(string().min(3).is(input)).toBe(ok);
  });

  it.each([
    ['abcd', false],
    ['abc', true],
    ['', true],
  ])('max(3) on %j: %s', (input, ok) => {
    expect(string().max(3).is(input)).toBe(ok);
  });

  it.each([
    ['ab', false],
    ['abc', true],
    ['abcd', false],
  ])('length(3) on %j: %s', (input, ok) => {
    expect(string().length(3).is(input)).toBe(ok);
  });

  it('reports the bounds', () => {
    expect(string().min(3).safeParse('a')).toEqual({
      ok: false,
      issues: [{ code: 'too_small', path: [], message: 'Must contain at least 3 characters', params: { minimum: 3 } }],
    });
    expect(string().max(1).safeParse('ab')).toEqual({
      ok: false,
      issues: [{ code: 'too_big', path: [], message: 'Must contain at most 1 character', params: { maximum: 1 } }],
    });
    expect(string().length(2).safeParse('a')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_length', path: [], message: 'Must contain exactly 2 characters', params: { exact: 2 } }],
    });
  });

  it('takes custom messages', () => {
    expect(messages(string().min(3, 'Too short').safeParse(''))).toEqual(['Too short']);
    expect(messages(string().max(0, 'Too long').safeParse('a'))).toEqual(['Too long']);
    expect(messages(string().length(1, 'One char').safeParse(''))).toEqual(['One char']);
  });

  it('nonempty rejects the empty string', () => {
    expect(messages(string().nonempty().safeParse(''))).toEqual(['Must not be empty']);
    expect(messages(string().nonempty('Required').safeParse(''))).toEqual(['Required']);
    expect(string().nonempty().is(' ')).toBe(true);
  });
});

describe('substring checks', () => {
  it('startsWith', () => {
    expect(string().startsWith('https://').is('https://x.org')).toBe(true);
    expect(string().startsWith('https://').safeParse('http://x.org')).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_string', path: [], message: 'Must start with "https://"', params: { validation: 'startsWith', prefix: 'https://' } },
      ],
    });
  });

  it('endsWith', () => {
    expect(string().endsWith('.ts').is('index.ts')).toBe(true);
    expect(string().endsWith('.ts').safeParse('index.js')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_string', path: [], message: 'Must end with ".ts"', params: { validation: 'endsWith', suffix: '.ts' } }],
    });
  });

  it('includes', () => {
    expect(string().includes('@').is('a@b')).toBe(true);
    expect(string().includes('@').safeParse('ab')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_string', path: [], message: 'Must include "@"', params: { validation: 'includes', substring: '@' } }],
    });
  });

  it('take custom messages', () => {
    expect(messages(string().startsWith('a', 'A first').endsWith('z', 'Z last').includes('m', 'M inside').safeParse('q'))).toEqual([
      'A first',
      'Z last',
      'M inside',
    ]);
  });
});

describe('normalisation', () => {
  it('trims before checking', () => {
    expect(string().trim().parse('  hi  ')).toBe('hi');
    expect(string().trim().min(1).is('   ')).toBe(false);
    expect(string().min(1).is('   ')).toBe(true);
  });

  it('lower-cases', () => {
    expect(string().toLowerCase().parse('MiXeD')).toBe('mixed');
  });

  it('upper-cases', () => {
    expect(string().toUpperCase().parse('MiXeD')).toBe('MIXED');
  });

  it('combines trimming and a case', () => {
    expect(string().trim().toUpperCase().parse('  ab ')).toBe('AB');
    expect(string().toLowerCase().toUpperCase().parse('aB')).toBe('AB');
  });

  it('leaves the original schema unchanged', () => {
    const base = string();
    base.trim();
    base.toLowerCase();
    expect(base.parse(' A ')).toBe(' A ');
  });
});

describe('format checks', () => {
  it.each([
    ['email', string().email(), 'ada@example.com', 'ada@example'],
    ['uuid', string().uuid(), '123e4567-e89b-42d3-a456-426614174000', '123e4567-e89b-42d3-a456-42661417400'],
    ['IPv4 address', string().ipv4(), '192.168.0.1', '192.168.0.256'],
    ['date', string().date(), '2024-02-29', '2023-02-29'],
    ['datetime', string().datetime(), '2024-02-29T12:30:00Z', '2024-02-29T24:00:00Z'],
    ['credit card number', string().creditCard(), '4111 1111 1111 1111', '4111 1111 1111 1112'],
    ['ISBN', string().isbn(), '978-0-306-40615-7', '978-0-306-40615-8'],
  ])('%s accepts a valid value and rejects an invalid one', (validation, schema, good, bad) => {
    expect(schema.parse(good)).toBe(good);
    expect(schema.safeParse(bad)).toEqual({
      ok: false,
      issues: [{ code: 'invalid_string', path: [], message: `Invalid ${validation}`, params: { validation } }],
    });
  });

  it('checks the uuid version when asked', () => {
    expect(string().uuid(4).is('123e4567-e89b-42d3-a456-426614174000')).toBe(true);
    expect(string().uuid(7).is('123e4567-e89b-42d3-a456-426614174000')).toBe(false);
  });

  it.each([
    ['email', string().email('Bad email')],
    ['uuid', string().uuid(undefined, 'Bad uuid')],
    ['ipv4', string().ipv4('Bad ip')],
    ['date', string().date('Bad date')],
    ['datetime', string().datetime('Bad datetime')],
    ['card', string().creditCard('Bad card')],
    ['isbn', string().isbn('Bad isbn')],
  ])('%s takes a custom message', (_name, schema) => {
    const result = schema.safeParse('nope');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]!.message).toMatch(/^Bad /);
  });
});

describe('regex', () => {
  it('tests the pattern, named in the message', () => {
    const postcode = string().regex(/^\d{4} ?[A-Z]{2}$/, 'postcode');
    expect(postcode.parse('1234 AB')).toBe('1234 AB');
    expect(postcode.safeParse('1234')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_string', path: [], message: 'Invalid postcode', params: { validation: 'postcode' } }],
    });
  });

  it('defaults the name to "format"', () => {
    expect(string().regex(/^a/).safeParse('b')).toMatchObject({ ok: false, issues: [{ message: 'Invalid format' }] });
  });

  it('takes a custom message', () => {
    expect(string().regex(/^a/, 'a-word', 'Must start with a').safeParse('b')).toMatchObject({
      ok: false,
      issues: [{ message: 'Must start with a' }],
    });
  });

  it('is not confused by a global pattern', () => {
    const schema = string().regex(/ab/g);
    expect(schema.is('ab')).toBe(true);
    expect(schema.is('ab')).toBe(true);
    expect(schema.is('xab')).toBe(true);
    expect(schema.is('ab')).toBe(true);
  });
});
