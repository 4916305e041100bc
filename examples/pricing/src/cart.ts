import { type Coupon, discountFor, parseCoupon } from './discounts.js';
import { type Currency, type Money, isZero, money, subtract } from './money.js';
import type { TicketCategory } from './tickets.js';

export interface CartItem {
  /** Stock-keeping unit, e.g. "GA-ADULT" or "VIP-SENIOR". */
  readonly sku: string;
  readonly category: TicketCategory;
  readonly unitPrice: Money;
  readonly quantity: number;
}

/** Per-order limit set by the box office, to keep resellers from buying out an event. */
export const MAX_TICKETS_PER_ORDER = 10;

// VIP packages are priced by the promoter and never discounted.
const VIP_PREFIX = 'VIP-';

export class Cart {
  private lines: CartItem[] = [];
  coupon?: Coupon;

  constructor(readonly currency: Currency) {}

  get items(): readonly CartItem[] {
    return this.lines;
  }

  addItem(item: CartItem): void {
    if (!Number.isInteger(item.quantity) || item.quantity < 1) {
      throw new RangeError(`Quantity must be a positive whole number, got ${item.quantity}`);
    }
    if (item.unitPrice.currency !== this.currency) {
      throw new Error(`Cart is in ${this.currency} but ${item.sku} is priced in ${item.unitPrice.currency}`);
    }
    if (this.itemCount() + item.quantity > MAX_TICKETS_PER_ORDER) {
      throw new Error(`At most ${MAX_TICKETS_PER_ORDER} tickets per order`);
    }
    // The same SKU twice means "more of the same": one line per ticket type keeps the receipt short.
    const existing = this.lines.find((line) => line.sku === item.sku);
    if (existing) {
      this.lines = this.lines.map((line) =>
        line === existing ? { ...line, quantity: line.quantity + item.quantity } : line,
      );
    } else {
      this.lines.push(item);
    }
  }

  /** Returns whether anything was removed, so the UI can tell a stale click from a real one. */
  removeItem(sku: string): boolean {
    const before = this.lines.length;
    this.lines = this.lines.filter((line) => line.sku !== sku);
    return this.lines.length !== before;
  }

  itemCount(): number {
    return this.lines.reduce((count, line) => count + line.quantity, 0);
  }

  isEmpty(): boolean {
    return this.lines.length === 0;
  }

  /** Children may only attend with an adult or a senior on the same order. */
  isValid(): boolean {
    const hasChild = this.lines.some((line) => line.category === 'child');
    const hasGrownUp = this.lines.some((line) => line.category === 'adult' || line.category === 'senior');
    return !hasChild || hasGrownUp;
  }

  hasOnlyVipItems(): boolean {
    return !this.isEmpty() && this.lines.every((line) => line.sku.startsWith(VIP_PREFIX));
  }

  subtotal(): Money {
    // A plain loop: the checkout page recomputes this on every change, for carts of any size.
    let cents = 0;
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i]!;
      cents += line.unitPrice.cents * line.quantity;
    }
    return money(cents, this.currency);
  }

  /** Applies a coupon typed by the customer; false when the code is not valid. */
  applyCoupon(raw: string): boolean {
    const code = raw.trim().toUpperCase();
    if (code === '' || this.coupon?.code === code) {
      return false;
    }
    const coupon = parseCoupon(code);
    if (coupon === null) {
      return false;
    }
    this.coupon = coupon;
    return true;
  }

  couponCode(): string {
    return this.coupon?.code ?? 'none';
  }

  discount(): Money {
    const discountable = this.lines.filter((line) => !line.sku.startsWith(VIP_PREFIX));
    return discountFor(this.coupon, discountable, this.currency);
  }

  total(): Money {
    return subtract(this.subtotal(), this.discount());
  }

  /** A fully discounted order skips the payment page. */
  requiresPayment(): boolean {
    return !this.isEmpty() && !isZero(this.total());
  }
}
