// Money is kept in integer cents: binary floating point cannot hold 0.10 exactly, and a shop
// that loses a cent per order on rounding notices it at the end of the year.

export const CURRENCIES = ['EUR', 'USD', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface Money {
  readonly cents: number;
  readonly currency: Currency;
}

/** How to round a fraction of a cent. Tax authorities differ; see tax.ts. */
export enum Rounding {
  HalfUp,
  HalfEven,
}

const SYMBOLS = {
  EUR: '€',
  USD: '$',
  GBP: '£',
} satisfies Record<Currency, string>;

export function isCurrency(code: string): code is Currency {
  return (CURRENCIES as readonly string[]).includes(code);
}

export function money(cents: number, currency: string): Money {
  if (!Number.isInteger(cents)) {
    throw new RangeError(`Amount must be a whole number of cents, got ${cents}`);
  }
  if (!isCurrency(currency)) {
    throw new TypeError(`Unsupported currency: ${currency}`);
  }
  return { cents, currency };
}

function assertSameCurrency(a: Money, b: Money): void {
  // Adding euros to dollars is always a bug upstream, never something to convert silently.
  if (a.currency !== b.currency) {
    throw new Error(`Currency mismatch: ${a.currency} and ${b.currency}`);
  }
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { cents: a.cents + b.cents, currency: a.currency };
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { cents: a.cents - b.cents, currency: a.currency };
}

/** Rounds a fractional number of cents to a whole one. */
export function roundCents(value: number, rounding: Rounding): number {
  if (rounding === Rounding.HalfEven) {
    const floor = Math.floor(value);
    // Banker's rounding: an exact half goes to the even neighbour, so halves do not drift upwards.
    if (value - floor === 0.5) {
      return floor % 2 === 0 ? floor : floor + 1;
    }
  }
  return Math.round(value);
}

export function multiply(m: Money, factor: number, rounding = Rounding.HalfUp): Money {
  return { cents: roundCents(m.cents * factor, rounding), currency: m.currency };
}

export function format(m: Money): string {
  const sign = m.cents < 0 ? '-' : '';
  return `${sign}${SYMBOLS[m.currency]}${(Math.abs(m.cents) / 100).toFixed(2)}`;
}

export function isZero(m: Money): boolean {
  return m.cents === 0;
}

/** -1, 0 or 1, so that `prices.sort(compare)` sorts cheapest first. */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  if (a.cents < b.cents) {
    return -1;
  }
  if (a.cents > b.cents) {
    return 1;
  }
  return 0;
}
