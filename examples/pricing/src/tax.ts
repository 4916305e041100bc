import { type Money, Rounding, add, money, roundCents } from './money.js';

/** Standard VAT rates in percent. Event tickets are taxed at the standard rate in these countries. */
export const VAT_RATES = {
  DE: 19,
  FR: 20,
  NL: 21,
  IE: 23,
  GB: 20,
  US: 0,
} as const satisfies Record<string, number>;

export type Country = keyof typeof VAT_RATES;

export function isCountry(code: string): code is Country {
  return Object.hasOwn(VAT_RATES, code);
}

export function vatRate(country: Country): number {
  return VAT_RATES[country];
}

/** The VAT on a net amount. Half-even by default: it is what most tax offices expect. */
export function taxOn(net: Money, country: Country, rounding = Rounding.HalfEven): Money {
  return money(roundCents((net.cents * vatRate(country)) / 100, rounding), net.currency);
}

export function applyTax(net: Money, country: Country, rounding?: Rounding): Money {
  return add(net, taxOn(net, country, rounding));
}

/** Splits a tax-inclusive price, as printed on a ticket, back into net amount and VAT. */
export function netFromGross(gross: Money, country: Country): { net: Money; tax: Money } {
  const netCents = Math.round((gross.cents * 100) / (100 + vatRate(country)));
  return {
    net: money(netCents, gross.currency),
    tax: money(gross.cents - netCents, gross.currency),
  };
}

/**
 * Rates before the 2021 reform.
 * @deprecated Only the old box-office CSV export used this, and that export is gone.
 */
export function legacyTaxRate(country: string): number {
  switch (country) {
    case 'DE':
      return 16;
    case 'IE':
      return 21;
    default:
      return isCountry(country) ? vatRate(country) : 0;
  }
}
