import { greeting, isAdult, Tier, tierDiscount } from '../src/customer';

describe('isAdult', () => {
  // Never on the boundary: 17 and 18 are not tested.
  it('accepts a customer of 30', () => {
    expect(isAdult({ name: 'Ada', age: 30, tier: Tier.Regular })).toBe(true);
  });

  it('rejects a customer of 12', () => {
    expect(isAdult({ name: 'Tim', age: 12, tier: Tier.Regular })).toBe(false);
  });
});

describe('tierDiscount', () => {
  it.each([
    [Tier.Regular, 0],
    [Tier.Member, 5],
    [Tier.Vip, 15],
  ])('gives %s customers %i%%', (tier, percent) => {
    expect(tierDiscount(tier)).toBe(percent);
  });
});

describe('greeting', () => {
  it('welcomes a VIP back by name', () => {
    expect(greeting({ name: 'Ada', age: 30, tier: Tier.Vip })).toBe('Welcome back, Ada!');
  });

  it('says hello to everyone else', () => {
    expect(greeting({ name: 'Tim', age: 40, tier: Tier.Member })).toBe('Hello, Tim');
  });
});
