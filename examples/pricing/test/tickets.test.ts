import { describe, expect, it } from 'vitest';
import { money } from '../src/money.js';
import { isAccessibleSeat, ticketCategory, ticketPrice, validateSeat } from '../src/tickets.js';

describe('ticketCategory', () => {
  it.each([
    [5, 'child'],
    [30, 'adult'],
    [70, 'senior'],
  ] as const)('age %i is %s', (age, category) => {
    expect(ticketCategory(age)).toBe(category);
  });

  it('rejects impossible ages', () => {
    expect(() => ticketCategory(-1)).toThrow(RangeError);
    expect(() => ticketCategory(12.5)).toThrow('Age must be a whole number of years, got 12.5');
  });
});

describe('ticketPrice', () => {
  const base = money(4000, 'EUR');

  it('charges adults the full price', () => {
    expect(ticketPrice('adult', base)).toEqual(money(4000, 'EUR'));
  });

  it('gives children half price', () => {
    expect(ticketPrice('child', base)).toEqual(money(2000, 'EUR'));
    expect(ticketPrice('child', money(1999, 'EUR'))).toEqual(money(1000, 'EUR'));
  });

  it('gives seniors 30% off', () => {
    expect(ticketPrice('senior', base)).toEqual(money(2800, 'EUR'));
  });
});

// The test names below contain " > ", the separator vitest uses between suite and test names.
describe('price > discount', () => {
  it('a discounted ticket costs less than > an adult one', () => {
    const base = money(2500, 'GBP');
    expect(ticketPrice('child', base).cents).toBeLessThan(base.cents);
    expect(ticketPrice('senior', base).cents).toBeLessThan(base.cents);
  });
});

describe('validateSeat', () => {
  it('accepts a row letter followed by a seat number', () => {
    expect(validateSeat('C12')).toBe(true);
  });

  it('rejects malformed seat codes', () => {
    expect(validateSeat('hello')).toBe(false);
  });

  it('knows the wheelchair row', () => {
    expect(isAccessibleSeat('W4')).toBe(true);
  });
});
