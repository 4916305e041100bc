import { type Money, multiply } from './money.js';

export type TicketCategory = 'child' | 'adult' | 'senior';

/** Ages at which a visitor moves into the next category (on their birthday, not the day after). */
export const ADULT_AGE = 18;
export const SENIOR_AGE = 65;

export function ticketCategory(age: number): TicketCategory {
  if (!Number.isInteger(age) || age < 0) {
    throw new RangeError(`Age must be a whole number of years, got ${age}`);
  }
  if (age >= SENIOR_AGE) {
    return 'senior';
  }
  if (age >= ADULT_AGE) {
    return 'adult';
  }
  return 'child';
}

/** The price of one ticket of a category, from the event's full (adult) price. */
export function ticketPrice(category: TicketCategory, base: Money): Money {
  switch (category) {
    case 'child':
      return multiply(base, 0.5);
    case 'senior':
      return multiply(base, 0.7);
    case 'adult':
      return base;
    default: {
      // Unreachable while the union and the cases agree; the compiler checks that for us.
      const unknown: never = category;
      throw new Error(`Unknown ticket category: ${String(unknown)}`);
    }
  }
}

// Row letter, then seat number: "C12". Row letters come from the venue's seating plan.
const SEAT_PATTERN = /^[A-Z]\d{1,3}$/;

export function validateSeat(code: string): boolean {
  return SEAT_PATTERN.test(code);
}

/** Row W holds the wheelchair spaces in every venue we sell for. */
export function isAccessibleSeat(code: string): boolean {
  return validateSeat(code) && code.startsWith('W');
}
