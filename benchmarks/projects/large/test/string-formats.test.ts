import { describe, expect, it } from 'vitest';
import { string } from '../src/string';

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
