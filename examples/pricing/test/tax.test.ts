import { describe, expect, it } from 'vitest';
import { Rounding, money } from '../src/money.js';
import { applyTax, isCountry, netFromGross, taxOn, vatRate } from '../src/tax.js';

describe.each([
  ['DE', 1190],
  ['IE', 1230],
  ['US', 1000],
] as const)('applyTax in %s', (country, gross) => {
  it(`turns €10.00 net into ${gross} cents`, () => {
    expect(applyTax(money(1000, 'EUR'), country)).toEqual(money(gross, 'EUR'));
  });

  it('round-trips through netFromGross', () => {
    expect(netFromGross(money(gross, 'EUR'), country).net).toEqual(money(1000, 'EUR'));
  });
});

describe('taxOn', () => {
  it('charges the rate on the net amount', () => {
    expect(taxOn(money(1250, 'EUR'), 'FR')).toEqual(money(250, 'EUR'));
    expect(applyTax(money(1000, 'GBP'), 'GB')).toEqual(money(1200, 'GBP'));
  });

  it('rounds half-cents to even by default', () => {
    // 21% of 0.50 is 0.105 and 19% of 1.50 is 0.285: both land on half a cent.
    expect(taxOn(money(50, 'EUR'), 'NL')).toEqual(money(10, 'EUR'));
    expect(taxOn(money(150, 'EUR'), 'DE')).toEqual(money(28, 'EUR'));
  });

  it('can round half up instead', () => {
    expect(taxOn(money(50, 'EUR'), 'NL', Rounding.HalfUp)).toEqual(money(11, 'EUR'));
    expect(taxOn(money(150, 'EUR'), 'DE', Rounding.HalfUp)).toEqual(money(29, 'EUR'));
  });
});

describe('countries', () => {
  it('knows the countries it has rates for', () => {
    expect(isCountry('NL')).toBe(true);
    expect(isCountry('XX')).toBe(false);
    expect(isCountry('toString')).toBe(false);
    expect(vatRate('NL')).toBe(21);
    expect(vatRate('GB')).toBe(20);
  });
});
