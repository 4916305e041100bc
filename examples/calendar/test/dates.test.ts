import { describe, expect, it } from 'vitest';
import {
  type CivilDate,
  DAYS_BEFORE_MONTH,
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfYear,
  daysInMonth,
  daysInYear,
  diffDays,
  diffMonths,
  endOfMonth,
  endOfWeek,
  endOfYear,
  fromDayOfYear,
  fromOrdinal,
  isBetween,
  isLeapYear,
  isValidDate,
  isWeekend,
  isoWeek,
  isoWeekday,
  isoWeeksInYear,
  makeDate,
  quarter,
  startOfMonth,
  startOfWeek,
  startOfYear,
  toOrdinal,
  weekday,
} from '../src/dates.js';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });

describe('leap years', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
  ])('isLeapYear(%i) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('counts the days of a year', () => {
    expect(daysInYear(2024)).toBe(366);
    expect(daysInYear(2023)).toBe(365);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2023, 1, 31],
    [2023, 2, 28],
    [2024, 2, 29],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('rejects month 13', () => {
    expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
  });

  it('builds the cumulative table from the month lengths', () => {
    expect(DAYS_BEFORE_MONTH).toEqual([0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]);
  });
});

describe('isValidDate and makeDate', () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2024, 4, 31, false],
  ])('%i-%i-%i valid: %s', (year, month, day, valid) => {
    expect(isValidDate(year, month, day)).toBe(valid);
  });

  it('makes a date from valid numbers', () => {
    expect(makeDate(2024, 3, 14)).toEqual(d(2024, 3, 14));
  });

  it('refuses a day that does not exist', () => {
    expect(() => makeDate(2023, 2, 29)).toThrow('Invalid date: 2023-2-29');
  });
});

describe('day of year', () => {
  it.each([
    [d(2024, 1, 1), 1],
    [d(2024, 3, 1), 61],
  ])('dayOfYear(%o) is %i', (date, ordinal) => {
    expect(dayOfYear(date)).toBe(ordinal);
  });

  it('goes back from a day of the year to a date', () => {
    expect(fromDayOfYear(2024, 60)).toEqual(d(2024, 2, 29));
    expect(fromDayOfYear(2023, 365)).toEqual(d(2023, 12, 31));
    expect(fromDayOfYear(2024, 1)).toEqual(d(2024, 1, 1));
  });

  it('rejects a day past the end of the year', () => {
    expect(() => fromDayOfYear(2023, 366)).toThrow(RangeError);
  });
});

describe('ordinals', () => {
  it.each([
    [d(1970, 1, 1), 0],
    [d(1969, 12, 31), -1],
    [d(2000, 3, 1), 11017],
  ])('toOrdinal(%o) is %i', (date, ordinal) => {
    expect(toOrdinal(date)).toBe(ordinal);
    expect(fromOrdinal(ordinal)).toEqual(date);
  });

  it('round-trips every day of a leap year', () => {
    let date = d(2024, 1, 1);
    for (let i = 0; i < 366; i++) {
      expect(fromOrdinal(toOrdinal(date))).toEqual(date);
      date = addDays(date, 1);
    }
    expect(date).toEqual(d(2025, 1, 1));
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays(d(2024, 2, 28), 1)).toEqual(d(2024, 2, 29));
    expect(addDays(d(2023, 12, 31), 1)).toEqual(d(2024, 1, 1));
    expect(addDays(d(2024, 3, 1), -1)).toEqual(d(2024, 2, 29));
  });

  it('adding nothing gives the same date back', () => {
    const date = d(2024, 5, 5);
    expect(addDays(date, 0)).toBe(date);
  });
});

describe('addMonths', () => {
  it.each([
    [d(2024, 1, 31), 1, d(2024, 2, 29)],
    [d(2024, 11, 15), 3, d(2025, 2, 15)],
    [d(2024, 1, 15), -13, d(2022, 12, 15)],
  ])('%o + %i months is %o', (date, months, expected) => {
    expect(addMonths(date, months)).toEqual(expected);
  });

  it('adds years, clamping 29 February', () => {
    expect(addYears(d(2024, 2, 29), 1)).toEqual(d(2025, 2, 28));
    expect(addYears(d(2024, 2, 29), 4)).toEqual(d(2028, 2, 29));
  });
});

describe('differences', () => {
  it('counts days', () => {
    expect(diffDays(d(2024, 1, 1), d(2024, 12, 31))).toBe(365);
    expect(diffDays(d(2024, 3, 1), d(2024, 2, 28))).toBe(-2);
  });

  it('counts whole months only once the day is reached', () => {
    expect(diffMonths(d(2024, 1, 15), d(2024, 2, 15))).toBe(1);
    expect(diffMonths(d(2024, 1, 31), d(2024, 2, 29))).toBe(0);
    expect(diffMonths(d(2023, 6, 1), d(2024, 6, 1))).toBe(12);
  });
});

describe('comparisons', () => {
  it('orders by year, then month, then day', () => {
    expect(compareDates(d(2023, 12, 31), d(2024, 1, 1))).toBe(-1);
    expect(compareDates(d(2024, 2, 1), d(2024, 1, 31))).toBe(1);
    expect(compareDates(d(2024, 2, 1), d(2024, 2, 2))).toBe(-1);
    expect(compareDates(d(2024, 2, 2), d(2024, 2, 2))).toBe(0);
  });

  it('includes both ends of a range', () => {
    const start = d(2024, 7, 1);
    const end = d(2024, 7, 14);
    expect(isBetween(d(2024, 7, 1), start, end)).toBe(true);
    expect(isBetween(d(2024, 7, 14), start, end)).toBe(true);
    expect(isBetween(d(2024, 7, 15), start, end)).toBe(false);
  });
});

describe('weekdays', () => {
  it.each([
    [d(1970, 1, 1), 4],
    [d(2000, 1, 1), 6],
    [d(2024, 2, 29), 4],
  ])('weekday(%o) is %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });

  it('agrees with the ordinal for a run of days', () => {
    // 1970-01-01 was a Thursday (4).
    for (let ordinal = -400; ordinal < 400; ordinal += 37) {
      expect(weekday(fromOrdinal(ordinal))).toBe((((ordinal + 4) % 7) + 7) % 7);
    }
  });

  it('numbers ISO weekdays Monday 1 to Sunday 7', () => {
    expect(isoWeekday(d(2024, 3, 17))).toBe(7);
    expect(isoWeekday(d(2024, 3, 18))).toBe(1);
  });

  it('knows the weekend', () => {
    expect(isWeekend(d(2024, 3, 16))).toBe(true);
    expect(isWeekend(d(2024, 3, 15))).toBe(false);
  });
});

describe('start and end of periods', () => {
  it('finds the start of the week from Monday by default', () => {
    expect(startOfWeek(d(2024, 3, 14))).toEqual(d(2024, 3, 11));
    expect(startOfWeek(d(2024, 3, 17))).toEqual(d(2024, 3, 11));
  });

  it('finds the end of the week', () => {
    expect(endOfWeek(d(2024, 3, 14))).toEqual(d(2024, 3, 17));
  });

  it('finds month and year bounds', () => {
    expect(startOfMonth(d(2024, 2, 14))).toEqual(d(2024, 2, 1));
    expect(endOfMonth(d(2024, 2, 14))).toEqual(d(2024, 2, 29));
    expect(startOfYear(d(2024, 6, 6))).toEqual(d(2024, 1, 1));
    expect(endOfYear(d(2024, 6, 6))).toEqual(d(2024, 12, 31));
  });

  it.each([
    [1, 1],
    [12, 4],
  ])('month %i is in quarter %i', (month, q) => {
    expect(quarter(d(2024, month, 1))).toBe(q);
  });
});

describe('ISO weeks', () => {
  it.each([
    [d(2024, 3, 14), 2024, 11],
    [d(2021, 1, 1), 2020, 53],
    [d(2024, 12, 30), 2025, 1],
  ])('isoWeek(%o) is %i-W%i', (date, year, week) => {
    expect(isoWeek(date)).toEqual({ year, week });
  });

  it.each([
    [2020, 53],
    [2021, 52],
    [2024, 52],
  ])('%i has %i ISO weeks', (year, weeks) => {
    expect(isoWeeksInYear(year)).toBe(weeks);
  });
});
