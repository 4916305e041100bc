import { describe, expect, it } from 'vitest';
import { isEmail } from '../src/formats';

describe('isEmail', () => {
  it.each([
    'ada@example.com',
    'first.last@sub.example.co.uk',
    "o'brien+tag@example.org",
    'x@a-b.io',
    '1@2.io',
    'UPPER@EXAMPLE.COM',
    "!#$%&'*+/=?^_`{|}~-@example.com",
  ])('accepts %s', (text) => {
    expect(isEmail(text)).toBe(true);
  });

  it.each([
    'plain',
    '@example.com',
    'ada@',
    'a@b@c.com',
    '.ada@x.com',
    'ada.@x.com',
    'a..b@x.com',
    'ada@localhost',
    'ada@x.c',
    'ada@x.c0m',
    'ada@-x.com',
    'ada@x-.com',
    'ada@x..com',
    'a b@x.com',
    'ada@x_y.com',
    'ada(x)@x.com',
    'ada@.com',
    '',
  ])('rejects %j', (text) => {
    expect(isEmail(text)).toBe(false);
  });

  it('allows a local part of up to 64 characters', () => {
    expect(isEmail(`${'a'.repeat(64)}@x.com`)).toBe(true);
    expect(isEmail(`${'a'.repeat(65)}@x.com`)).toBe(false);
  });

  it('allows up to 254 characters in all', () => {
    const domain = (last: number) => `${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(last)}.com`;
    expect(`${'a'.repeat(64)}@${domain(57)}`).toHaveLength(254);
    expect(isEmail(`${'a'.repeat(64)}@${domain(57)}`)).toBe(true);
    expect(isEmail(`${'a'.repeat(64)}@${domain(58)}`)).toBe(false);
  });
});
