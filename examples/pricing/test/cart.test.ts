import { describe, expect, it } from 'vitest';
import { Cart, type CartItem } from '../src/cart.js';
import { money } from '../src/money.js';

function adult(quantity: number, cents = 4000): CartItem {
  return { sku: 'GA-ADULT', category: 'adult', unitPrice: money(cents, 'EUR'), quantity };
}

function child(quantity: number): CartItem {
  return { sku: 'GA-CHILD', category: 'child', unitPrice: money(2000, 'EUR'), quantity };
}

function vip(quantity: number): CartItem {
  return { sku: 'VIP-ADULT', category: 'adult', unitPrice: money(15000, 'EUR'), quantity };
}

describe('addItem', () => {
  it('adds a line per ticket type', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(2));
    cart.addItem(child(1));
    expect(cart.items.map((item) => item.sku)).toEqual(['GA-ADULT', 'GA-CHILD']);
    expect(cart.itemCount()).toBe(3);
  });

  it('merges the same ticket type into one line', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(1));
    cart.addItem(child(1));
    cart.addItem(adult(2));
    expect(cart.items).toHaveLength(2);
  });

  it('rejects a zero quantity', () => {
    const cart = new Cart('EUR');
    expect(() => cart.addItem(adult(0))).toThrow('Quantity must be a positive whole number, got 0');
    expect(cart.isEmpty()).toBe(true);
  });

  it('rejects items priced in another currency', () => {
    const cart = new Cart('USD');
    expect(() => cart.addItem(adult(1))).toThrow('Cart is in USD but GA-ADULT is priced in EUR');
  });
});

describe('removeItem', () => {
  it('removes every ticket of that type', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(2));
    cart.addItem(child(1));
    cart.removeItem('GA-ADULT');
    expect(cart.items.map((item) => item.sku)).toEqual(['GA-CHILD']);
    expect(cart.itemCount()).toBe(1);
  });

  it('leaves the cart alone for an unknown SKU', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(2));
    cart.removeItem('NOPE');
    expect(cart.itemCount()).toBe(2);
  });
});

describe('isValid', () => {
  it('needs a grown-up with a child', () => {
    const cart = new Cart('EUR');
    cart.addItem(child(2));
    expect(cart.isValid()).toBe(false);
    cart.addItem(adult(1));
    expect(cart.isValid()).toBe(true);
  });
});

describe('total', () => {
  it('is zero for an empty cart', () => {
    const cart = new Cart('EUR');
    expect(cart.total()).toEqual(money(0, 'EUR'));
    expect(cart.requiresPayment()).toBe(false);
  });

  it('sums quantity times unit price', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(2));
    cart.addItem(child(3));
    expect(cart.subtotal()).toEqual(money(14000, 'EUR'));
    expect(cart.total()).toEqual(money(14000, 'EUR'));
    expect(cart.requiresPayment()).toBe(true);
  });

  it('takes a percentage coupon off', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(2));
    expect(cart.applyCoupon('SAVE10')).toBe(true);
    expect(cart.total()).toEqual(money(7200, 'EUR'));
  });

  it('never discounts VIP packages', () => {
    const cart = new Cart('EUR');
    cart.addItem(vip(1));
    cart.addItem(adult(1));
    cart.applyCoupon('SAVE10');
    expect(cart.discount()).toEqual(money(400, 'EUR'));
    expect(cart.total()).toEqual(money(18600, 'EUR'));
  });

  it('skips payment when a coupon covers the whole order', () => {
    const cart = new Cart('EUR');
    cart.addItem(adult(1, 500));
    cart.applyCoupon('OFF5');
    expect(cart.total()).toEqual(money(0, 'EUR'));
    expect(cart.requiresPayment()).toBe(false);
  });
});

describe('coupons', () => {
  it('normalises what the customer typed', () => {
    const cart = new Cart('EUR');
    expect(cart.couponCode()).toBe('none');
    expect(cart.applyCoupon('  save20 ')).toBe(true);
    expect(cart.couponCode()).toBe('SAVE20');
  });

  it('rejects blank and invalid codes and keeps the current coupon', () => {
    const cart = new Cart('EUR');
    cart.applyCoupon('BOGO');
    expect(cart.applyCoupon('   ')).toBe(false);
    expect(cart.applyCoupon('FREEBIES')).toBe(false);
    expect(cart.couponCode()).toBe('BOGO');
  });
});

describe('hasOnlyVipItems', () => {
  it('is true when every line is a VIP package', () => {
    const cart = new Cart('EUR');
    cart.addItem(vip(2));
    expect(cart.hasOnlyVipItems()).toBe(true);
  });
});
