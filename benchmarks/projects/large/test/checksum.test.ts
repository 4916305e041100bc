import { describe, expect, it } from 'vitest';
import { isCreditCard, isIsbn13, luhn } from '../src/checksum';

describe('luhn', () => {
  it.each([
    ['79927398713', true],
    ['79927398710', false],
    ['79927398714', false],
    ['4111111111111111', true],
    ['1234567812345670', true],
    ['1234567812345678', false],
    ['00', true],
    ['18', true],
    ['19', false],
    ['91', true],
    ['59', true],
    ['0', false],
    ['', false],
    ['7992739871a', false],
    ['7992 7398 713', false],
  ])('%j: %s', (digits, expected) => {
    expect(luhn(digits)).toBe(expected);
  });
});

describe('isCreditCard', () => {
  it.each([
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    '4222222222222',
    '378282246310005',
    '6011111111111117',
    '5555 5555 5555 4444',
  ])('accepts %s', (text) => {
    expect(isCreditCard(text)).toBe(true);
  });

  it.each([
    ['4111 1111 1111 1112', 'a bad check digit'],
    ['79927398713', '11 digits'],
    ['41111111111111111113', '20 digits'],
    ['4111.1111.1111.1111', 'dots'],
    ['', 'nothing'],
  ])('rejects %s (%s)', (text) => {
    expect(isCreditCard(text)).toBe(false);
  });

  it('accepts 12 and 19 digits when the check passes', () => {
    expect(isCreditCard('000000000000')).toBe(true);
    expect(isCreditCard('0000000000000000000')).toBe(true);
  });
});

describe('isIsbn13', () => {
  it.each(['9780306406157', '978-0-306-40615-7', '978 1 86197 271 2', '9791034304868'])('accepts %s', (text) => {
    expect(isIsbn13(text)).toBe(true);
  });
});
