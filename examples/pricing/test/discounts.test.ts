import { describe, expect, it } from 'vitest';
import { Cart } from '../src/cart.js';
import {
  type Coupon,
  type PricedLine,
  bestCoupon,
  canCombine,
  discountFor,
  maxBy,
  parseCoupon,
  receiptLine,
  splitCodes,
  uniqueCoupons,
} from '../src/discounts.js';
import { money } from '../src/money.js';

const tenPercent: Coupon = { code: 'SAVE10', kind: 'percent', value: 10 };
const fiveOff: Coupon = { code: 'OFF5', kind: 'fixed', value: 500 };
const bogo: Coupon = { code: 'BOGO', kind: 'bogo', value: 0 };

function line(cents: number, quantity: number): PricedLine {
  return { unitPrice: money(cents, 'EUR'), quantity };
}

describe('parseCoupon', () => {
  it('accepts codes like SAVE10 (case-insensitive) [v2] *', () => {
    expect(parseCoupon('SAVE10')).toEqual(tenPercent);
    expect(parseCoupon('save10')).toEqual(tenPercent);
    expect(parseCoupon(' Save10 ')).toEqual(tenPercent);
  });

  it('reads OFF codes as whole currency units', () => {
    expect(parseCoupon('OFF5')).toEqual(fiveOff);
    expect(parseCoupon('off25')).toEqual({ code: 'OFF25', kind: 'fixed', value: 2500 });
  });

  it('accepts a bare BOGO only', () => {
    expect(parseCoupon('bogo')).toEqual(bogo);
    expect(parseCoupon('BOGO2')).toBeNull();
  });

  it('rejects zero and excessive discounts', () => {
    expect(parseCoupon('SAVE0')).toBeNull();
    expect(parseCoupon('SAVE75')).toBeNull();
    expect(parseCoupon('OFF0')).toBeNull();
    expect(parseCoupon('OFF')).toBeNull();
  });

  it('rejects anything that is not a coupon', () => {
    expect(parseCoupon('')).toBeNull();
    expect(parseCoupon('FREE10')).toBeNull();
    expect(parseCoupon('SAVE10X')).toBeNull();
    expect(parseCoupon('XSAVE10')).toBeNull();
  });
});

describe('splitCodes', () => {
  it('upper-cases a pasted code', () => {
    expect(splitCodes(' save10 ')).toEqual(['SAVE10']);
    expect(splitCodes('   ')).toEqual([]);
  });
});

describe('discountFor', () => {
  it('is zero without a coupon or without lines', () => {
    expect(discountFor(undefined, [line(1000, 1)], 'EUR')).toEqual(money(0, 'EUR'));
    expect(discountFor(tenPercent, [], 'EUR')).toEqual(money(0, 'EUR'));
  });

  it('takes a percentage of the subtotal, rounded to the cent', () => {
    expect(discountFor(tenPercent, [line(1995, 1), line(1000, 2)], 'EUR')).toEqual(money(400, 'EUR'));
  });

  it('takes a fixed amount off', () => {
    expect(discountFor(fiveOff, [line(1000, 2)], 'EUR')).toEqual(money(500, 'EUR'));
  });

  it('gives every second ticket of a line free', () => {
    expect(discountFor(bogo, [line(1000, 4), line(700, 2)], 'EUR')).toEqual(money(2700, 'EUR'));
  });
});

describe('canCombine', () => {
  it('does not combine coupons unless the event allows it', () => {
    expect(canCombine(bogo, tenPercent)).toBe(false);
    expect(canCombine(tenPercent, fiveOff)).toBe(false);
  });
});

describe('choosing coupons', () => {
  it('drops repeated codes, keeping the first', () => {
    const again: Coupon = { ...tenPercent };
    expect(uniqueCoupons([tenPercent, bogo, again])).toHaveLength(2);
  });

  it('picks the coupon that saves the most', () => {
    const lines = [line(1000, 2)];
    expect(bestCoupon([tenPercent, fiveOff, bogo], lines, 'EUR')).toBe(bogo);
    expect(bestCoupon([tenPercent, fiveOff], lines, 'EUR')).toBe(fiveOff);
    expect(bestCoupon([], lines, 'EUR')).toBeUndefined();
    // On a tie the first one wins.
    expect(maxBy(['ab', 'cd', 'e'], (s) => s.length)).toBe('ab');
  });
});

describe('receipts', () => {
  it('shows the saving as a negative line', () => {
    expect(receiptLine(tenPercent, money(400, 'EUR')).cents).toBe(-400);
  });
});

// Same suite and test name as in cart.test.ts, on purpose: only the file tells these two apart.
describe('total', () => {
  it('is zero for an empty cart', () => {
    const cart = new Cart('GBP');
    cart.applyCoupon('OFF5');
    expect(cart.discount()).toEqual(money(0, 'GBP'));
    expect(cart.total()).toEqual(money(0, 'GBP'));
  });
});
