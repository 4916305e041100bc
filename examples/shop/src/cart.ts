import { isAdult, tierDiscount, type Customer } from './customer';
import type { Product } from './catalog';

export interface Line {
  readonly product: Product;
  readonly quantity: number;
}

/** The sum of the lines, in cents, before any discount. */
export function subtotal(lines: readonly Line[]): number {
  let sum = 0;
  for (let i = 0; i < lines.length; i++) {
    sum += lines[i]!.product.priceCents * lines[i]!.quantity;
  }
  return sum;
}

/** What the customer pays: the subtotal less the tier's discount, rounded to the cent. */
export function total(customer: Customer, lines: readonly Line[]): number {
  const gross = subtotal(lines);
  return Math.round(gross - (gross * tierDiscount(customer.tier)) / 100);
}

/** Whether the customer may check out these lines: age-restricted products need an adult. */
export function canCheckOut(customer: Customer, lines: readonly Line[]): boolean {
  if (lines.length === 0) return false;
  return lines.every((line) => !line.product.adultsOnly || isAdult(customer));
}

/** Gift wrapping: free from 50 euros, else 2.50 per line. No test calls it yet. */
export function giftWrapCents(lines: readonly Line[]): number {
  if (subtotal(lines) >= 5000) return 0;
  return lines.length * 250;
}
