import { type Currency, type Money, money } from './money.js';

export type DiscountKind = 'percent' | 'fixed' | 'bogo';

export interface Coupon {
  readonly code: string;
  readonly kind: DiscountKind;
  /** percent: 1 to MAX_PERCENT; fixed: cents off the order; bogo: unused (0). */
  readonly value: number;
}

/** What a discount needs to know about a cart line; Cart's items have this shape. */
export interface PricedLine {
  readonly unitPrice: Money;
  readonly quantity: number;
}

/** Marketing may give away at most half of a ticket's price. */
export const MAX_PERCENT = 50;

// SAVE<percent>, OFF<whole currency units> or BOGO. Case-insensitive: people type them off posters.
const COUPON_PATTERN = /^(SAVE|OFF|BOGO)(\d*)$/i;

export const byCode = (coupon: Coupon): string => coupon.code;

export function parseCoupon(raw: string): Coupon | null {
  const match = COUPON_PATTERN.exec(raw.trim());
  if (match === null) {
    return null;
  }
  const prefix = (match[1] ?? '').toUpperCase();
  const digits = match[2] ?? '';
  const amount = Number(digits);
  const code = `${prefix}${digits}`;
  switch (prefix) {
    case 'SAVE':
      // SAVE0 or SAVE90 is a typo or a leaked internal code, not a discount.
      if (amount < 1 || amount > MAX_PERCENT) {
        return null;
      }
      return { code, kind: 'percent', value: amount };
    case 'OFF':
      if (amount < 1) {
        return null;
      }
      return { code, kind: 'fixed', value: amount * 100 };
    case 'BOGO':
      return digits === '' ? { code, kind: 'bogo', value: 0 } : null;
    default:
      return null;
  }
}

/** Customers paste several codes into one field, separated by spaces or commas. */
export function splitCodes(input: string): string[] {
  const trimmed = input.trim();
  if (trimmed === '') {
    return [];
  }
  return trimmed.split(/[\s,]+/).map((code) => code.toUpperCase());
}

export function discountFor(coupon: Coupon | undefined, lines: readonly PricedLine[], currency: Currency): Money {
  if (coupon === undefined || lines.length === 0) {
    return money(0, currency);
  }
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice.cents * line.quantity, 0);
  let cents = 0;
  switch (coupon.kind) {
    case 'percent':
      cents = Math.round((subtotal * coupon.value) / 100);
      break;
    case 'fixed':
      // A fixed coupon on a cheap order must not turn the total negative.
      cents = Math.min(coupon.value, subtotal);
      break;
    case 'bogo':
      // Every second ticket of the same line is free; an odd one out is paid in full.
      for (const line of lines) {
        cents += Math.floor(line.quantity / 2) * line.unitPrice.cents;
      }
      break;
  }
  return money(Math.max(0, cents), currency);
}

/** Two coupons on one order only when the event allows it, and then only a BOGO plus one other. */
export function canCombine(a: Coupon, b: Coupon, allowBogo = false): boolean {
  if (a.code === b.code || !allowBogo) {
    return false;
  }
  const bogos = [a, b].filter((coupon) => coupon.kind === 'bogo').length;
  return bogos === 1;
}

export function uniqueCoupons(coupons: readonly Coupon[]): Coupon[] {
  const seen = new Set<string>();
  return coupons.filter((coupon) => {
    const code = byCode(coupon);
    if (seen.has(code)) {
      return false;
    }
    seen.add(code);
    return true;
  });
}

/** The item with the highest score; the first one wins a tie. */
export function maxBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) {
      best = item;
      bestScore = s;
    }
  }
  return best;
}

export function bestCoupon(coupons: readonly Coupon[], lines: readonly PricedLine[], currency: Currency): Coupon | undefined {
  return maxBy(coupons, (coupon) => discountFor(coupon, lines, currency).cents);
}

export function describeCoupon(coupon: Coupon): string {
  switch (coupon.kind) {
    case 'percent':
      return `${coupon.value}% off`;
    case 'fixed':
      return `${coupon.value / 100} off`;
    case 'bogo':
      return 'Buy one, get one free';
  }
}

export interface ReceiptLine {
  readonly label: string;
  readonly cents: number;
  readonly currency: Currency;
}

/** A receipt shows a discount as a negative line under the tickets. */
export function receiptLine(coupon: Coupon, saved: Money): ReceiptLine {
  return { label: `${coupon.code}: ${describeCoupon(coupon)}`, cents: -saved.cents, currency: saved.currency };
}
