import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessDaysBetween,
  businessDaysInMonth,
  isBusinessDay,
  nextBusinessDay,
  previousBusinessDay,
} from '../src/business-days.js';
import type { CivilDate } from '../src/dates.js';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

describe('isBusinessDay', () => {
  it('is false on weekends', () => {
    expect(isBusinessDay(d(2024, 3, 16))).toBe(false);
    expect(isBusinessDay(d(2024, 3, 17))).toBe(false);
    expect(isBusinessDay(d(2024, 3, 18))).toBe(true);
  });

  it('is false on the country holidays', () => {
    expect(isBusinessDay(d(2024, 7, 4), { country: 'US' })).toBe(false);
    expect(isBusinessDay(d(2024, 7, 4), { country: 'GB' })).toBe(true);
  });

  it('is false on observed days off', () => {
    expect(isBusinessDay(d(2021, 12, 27), { country: 'GB' })).toBe(false);
  });

  it('takes extra closures', () => {
    expect(isBusinessDay(d(2024, 3, 18), { extraHolidays: [d(2024, 3, 18)] })).toBe(false);
  });

  it('uses the weekend of the country', () => {
    expect(isBusinessDay(d(2024, 3, 15), { country: 'IL' })).toBe(false);
    expect(isBusinessDay(d(2024, 3, 17), { country: 'IL' })).toBe(true);
  });

  it('needs at least one working day a week', () => {
    expect(() => isBusinessDay(d(2024, 3, 16), { weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(
      'A week needs at least one working day',
    );
  });
});

describe('addBusinessDays', () => {
  it.each([
    [d(2024, 3, 15), 1, d(2024, 3, 18)],
    [d(2024, 3, 14), 5, d(2024, 3, 21)],
    [d(2024, 3, 16), 0, d(2024, 3, 18)],
  ])('%o + %i business days is %o', (date, amount, expected) => {
    expect(addBusinessDays(date, amount)).toEqual(expected);
  });

  it('skips the holidays of the country', () => {
    expect(addBusinessDays(d(2024, 7, 3), 1, { country: 'US' })).toEqual(d(2024, 7, 5));
    expect(addBusinessDays(d(2024, 12, 24), 1, { country: 'DE' })).toEqual(d(2024, 12, 27));
  });

  it('refuses half days', () => {
    expect(() => addBusinessDays(d(2024, 3, 14), 1.5)).toThrow(RangeError);
  });
});

describe('businessDaysBetween', () => {
  it('counts Monday to Friday as four', () => {
    expect(businessDaysBetween(d(2024, 3, 11), d(2024, 3, 15))).toBe(4);
  });

  it('is zero for the same day', () => {
    expect(businessDaysBetween(d(2024, 3, 11), d(2024, 3, 11))).toBe(0);
  });

  it('is negative backwards', () => {
    expect(businessDaysBetween(d(2024, 3, 15), d(2024, 3, 11))).toBe(-4);
  });

  it('leaves out Easter in Britain', () => {
    expect(businessDaysBetween(d(2024, 3, 28), d(2024, 4, 2), { country: 'GB' })).toBe(1);
  });
});

describe('next and previous', () => {
  it('jumps over a weekend', () => {
    expect(nextBusinessDay(d(2024, 3, 15))).toEqual(d(2024, 3, 18));
    expect(previousBusinessDay(d(2024, 3, 18))).toEqual(d(2024, 3, 15));
  });

  it('jumps over a holiday weekend', () => {
    expect(previousBusinessDay(d(2024, 4, 2), { country: 'GB' })).toEqual(d(2024, 3, 28));
  });
});

describe('businessDaysInMonth', () => {
  it('lists the working days of a month', () => {
    const days = businessDaysInMonth(2024, 5, { country: 'DE' });
    expect(days).toHaveLength(20);
    expect(days[0]).toEqual(d(2024, 5, 2));
  });
});
