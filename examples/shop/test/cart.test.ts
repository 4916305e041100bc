import { canCheckOut, subtotal, total } from '../src/cart';
import { findProduct } from '../src/catalog';
import { Tier } from '../src/customer';

const book = findProduct('B-001')!;
const wine = findProduct('W-007')!;
const ada = { name: 'Ada', age: 30, tier: Tier.Member };
const tim = { name: 'Tim', age: 12, tier: Tier.Regular };

describe('subtotal', () => {
  it('adds up every line', () => {
    expect(subtotal([{ product: book, quantity: 2 }, { product: wine, quantity: 1 }])).toBe(4448);
  });
});

describe('total', () => {
  it('takes the tier discount off', () => {
    expect(total(ada, [{ product: wine, quantity: 2 }])).toBe(3515);
  });
});

describe('canCheckOut', () => {
  it('lets an adult buy wine', () => {
    expect(canCheckOut(ada, [{ product: wine, quantity: 1 }])).toBe(true);
  });

  it('stops a child buying wine', () => {
    expect(canCheckOut(tim, [{ product: wine, quantity: 1 }])).toBe(false);
  });

  it('refuses an empty cart', () => {
    expect(canCheckOut(ada, [])).toBe(false);
  });
});
