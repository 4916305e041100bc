import { describe, expect, it } from 'vitest';
import { CURRENCIES, Rounding, add, compare, format, isCurrency, isZero, money, multiply, roundCents, subtract } from '../src/money.js';

describe('money', () => {
  it('keeps the amount and the currency', () => {
    expect(money(1250, 'EUR')).toEqual({ cents: 1250, currency: 'EUR' });
  });

  it('accepts every supported currency', () => {
    for (const currency of CURRENCIES) {
      expect(money(1, currency).currency).toBe(currency);
    }
    expect(isCurrency('USD')).toBe(true);
    expect(isCurrency('usd')).toBe(false);
  });

  it('rejects fractions of a cent', () => {
    expect(() => money(10.5, 'EUR')).toThrow('Amount must be a whole number of cents, got 10.5');
  });

  it('rejects unknown currencies', () => {
    expect(() => money(100, 'JPY')).toThrow();
  });
});

describe('arithmetic', () => {
  it('adds amounts of one currency', () => {
    expect(add(money(150, 'USD'), money(275, 'USD'))).toEqual(money(425, 'USD'));
  });

  it('subtracts amounts of one currency', () => {
    expect(subtract(money(1000, 'GBP'), money(250, 'GBP'))).toEqual(money(750, 'GBP'));
  });

  it('refuses to mix currencies', () => {
    expect(() => add(money(100, 'EUR'), money(100, 'USD'))).toThrow('Currency mismatch: EUR and USD');
    expect(() => subtract(money(100, 'EUR'), money(100, 'GBP'))).toThrow(/mismatch/);
  });

  it('multiplies and rounds half up by default', () => {
    expect(multiply(money(1999, 'EUR'), 0.5)).toEqual(money(1000, 'EUR'));
    expect(multiply(money(1000, 'EUR'), 0.7)).toEqual(money(700, 'EUR'));
  });

  it('can round half to even', () => {
    expect(multiply(money(1999, 'EUR'), 0.5, Rounding.HalfEven)).toEqual(money(1000, 'EUR'));
    expect(multiply(money(2001, 'EUR'), 0.5, Rounding.HalfEven)).toEqual(money(1000, 'EUR'));
    expect(roundCents(10.5, Rounding.HalfUp)).toBe(11);
  });
});

describe('format', () => {
  it('shows the symbol and two decimals', () => {
    expect(format(money(1250, 'EUR'))).toBe('€12.50');
    expect(format(money(5, 'EUR'))).toBe('€0.05');
  });

  it('puts the minus sign before the symbol', () => {
    expect(format(money(-300, 'EUR'))).toBe('-€3.00');
  });
});

describe('comparison', () => {
  it('knows zero', () => {
    expect(isZero(money(0, 'EUR'))).toBe(true);
    expect(isZero(money(1, 'EUR'))).toBe(false);
  });

  it('orders amounts', () => {
    expect(compare(money(100, 'EUR'), money(200, 'EUR'))).toBe(-1);
    expect(compare(money(200, 'EUR'), money(200, 'EUR'))).toBe(0);
  });
});
