// Plain calendar dates: a year, a month (1-12) and a day (1-31), in the proleptic Gregorian
// calendar. No JavaScript Date objects anywhere: a Date carries a time of day and the machine's
// time zone, and "the 1st of March" must not turn into "the 28th of February" because the tests
// ran on a machine in Honolulu.

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Weekdays as numbers, Sunday first, as in JavaScript's Date#getDay and in RFC 5545 tables. */
export const SUNDAY = 0;
export const MONDAY = 1;
export const TUESDAY = 2;
export const WEDNESDAY = 3;
export const THURSDAY = 4;
export const FRIDAY = 5;
export const SATURDAY = 6;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Days per month in a common year; February gets its leap day in daysInMonth. */
export const DAYS_IN_MONTH: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days before the first of each month in a common year, built once at load from DAYS_IN_MONTH
 * so the two tables can never disagree. Index 12 is the length of the year.
 */
export const DAYS_BEFORE_MONTH: readonly number[] = DAYS_IN_MONTH.reduce<number[]>(
  (acc, days, index) => {
    acc.push(acc[index]! + days);
    return acc;
  },
  [0],
);

// Days in a 400-year Gregorian cycle and in the 4-, 100-year sub-cycles; the epoch arithmetic
// below leans on them.
const DAYS_PER_400_YEARS = 146097;

/** The date the ordinal numbers count from: 1970-01-01 is day 0, as in Unix time. */
export const EPOCH: CivilDate = Object.freeze({ year: 1970, month: 1, day: 1 });

export function isLeapYear(year: number): boolean {
  // Every fourth year, except centuries, except every fourth century (1600, 2000, 2400).
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInYear(year: number): number {
  return isLeapYear(year) ? 366 : 365;
}

export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) {
    throw new RangeError(`Month must be 1-12, got ${month}`);
  }
  if (month === 2 && isLeapYear(year)) {
    return 29;
  }
  return DAYS_IN_MONTH[month - 1]!;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) {
    return false;
  }
  if (month < 1 || month > 12) {
    return false;
  }
  return day >= 1 && day <= daysInMonth(year, month);
}

/** The only way to make a date from untrusted numbers: it refuses 2023-02-29. */
export function makeDate(year: number, month: number, day: number): CivilDate {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`Invalid date: ${year}-${month}-${day}`);
  }
  return { year, month, day };
}

/** 1 for the 1st of January, 365 or 366 for the 31st of December. */
export function dayOfYear(date: CivilDate): number {
  const leapShift = date.month > 2 && isLeapYear(date.year) ? 1 : 0;
  return DAYS_BEFORE_MONTH[date.month - 1]! + leapShift + date.day;
}

export function fromDayOfYear(year: number, ordinal: number): CivilDate {
  if (ordinal < 1 || ordinal > daysInYear(year)) {
    throw new RangeError(`Day ${ordinal} is not in year ${year}`);
  }
  let remaining = ordinal;
  let month = 1;
  while (remaining > daysInMonth(year, month)) {
    remaining -= daysInMonth(year, month);
    month++;
  }
  return { year, month, day: remaining };
}

/**
 * Days since 1970-01-01 (negative before it). Howard Hinnant's days_from_civil: it shifts the
 * year to start in March, so the leap day is the last day of the shifted year and needs no
 * special case.
 */
export function toOrdinal(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = date.month > 2 ? date.month - 3 : date.month + 9;
  const dayOfShiftedYear = Math.floor((153 * shiftedMonth + 2) / 5) + date.day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfShiftedYear;
  return era * DAYS_PER_400_YEARS + dayOfEra - 719468;
}

/** The inverse of toOrdinal (Hinnant's civil_from_days). */
export function fromOrdinal(ordinal: number): CivilDate {
  const z = ordinal + 719468;
  const era = Math.floor(z / DAYS_PER_400_YEARS);
  const dayOfEra = z - era * DAYS_PER_400_YEARS;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfShiftedYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfShiftedYear + 2) / 153);
  const day = dayOfShiftedYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function addDays(date: CivilDate, days: number): CivilDate {
  if (days === 0) {
    return date;
  }
  return fromOrdinal(toOrdinal(date) + days);
}

/**
 * Adds calendar months, clamping to the end of a shorter month: Jan 31 + 1 month is Feb 28 (or
 * 29), never March 3. That is what people mean by "a month later" on an invoice.
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const zeroBased = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(zeroBased / 12);
  const month = zeroBased - year * 12 + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return { year, month, day };
}

export function addYears(date: CivilDate, years: number): CivilDate {
  return addMonths(date, years * 12);
}

/** Whole days from a to b: positive when b is later. */
export function diffDays(a: CivilDate, b: CivilDate): number {
  return toOrdinal(b) - toOrdinal(a);
}

/**
 * Whole months from a to b, counting a month only once its day is reached: Jan 31 to Feb 28 is 0
 * months, Jan 15 to Feb 15 is 1.
 */
export function diffMonths(a: CivilDate, b: CivilDate): number {
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && b.day < a.day) {
    months--;
  } else if (months < 0 && b.day > a.day) {
    months++;
  }
  return months;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  if (a.year !== b.year) {
    return a.year < b.year ? -1 : 1;
  }
  if (a.month !== b.month) {
    return a.month < b.month ? -1 : 1;
  }
  if (a.day !== b.day) {
    return a.day < b.day ? -1 : 1;
  }
  return 0;
}

export function isSameDay(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) === 0;
}

export function isBefore(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) > 0;
}

/** Inclusive at both ends: a date range on a booking form includes its last night. */
export function isBetween(date: CivilDate, start: CivilDate, end: CivilDate): boolean {
  return compareDates(date, start) >= 0 && compareDates(date, end) <= 0;
}

// Tomohiko Sakamoto's offsets: one per month, for a year that starts in March.
const SAKAMOTO_OFFSETS: readonly number[] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** 0 (Sunday) to 6 (Saturday), by Sakamoto's method: no ordinal arithmetic, no tables of years. */
export function weekday(date: CivilDate): Weekday {
  const y = date.month < 3 ? date.year - 1 : date.year;
  const raw =
    y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + SAKAMOTO_OFFSETS[date.month - 1]! + date.day;
  return (((raw % 7) + 7) % 7) as Weekday;
}

/** ISO weekday: Monday 1 to Sunday 7. */
export function isoWeekday(date: CivilDate): number {
  const day = weekday(date);
  return day === SUNDAY ? 7 : day;
}

export function isWeekend(date: CivilDate): boolean {
  const day = weekday(date);
  return day === SATURDAY || day === SUNDAY;
}

/** The first day of the week containing date; weekStart is 1 (Monday) in most of Europe. */
export function startOfWeek(date: CivilDate, weekStart: Weekday = MONDAY): CivilDate {
  const back = (weekday(date) - weekStart + 7) % 7;
  return addDays(date, -back);
}

export function endOfWeek(date: CivilDate, weekStart: Weekday = MONDAY): CivilDate {
  return addDays(startOfWeek(date, weekStart), 6);
}

export function startOfMonth(date: CivilDate): CivilDate {
  return { year: date.year, month: date.month, day: 1 };
}

export function endOfMonth(date: CivilDate): CivilDate {
  return { year: date.year, month: date.month, day: daysInMonth(date.year, date.month) };
}

export function startOfYear(date: CivilDate): CivilDate {
  return { year: date.year, month: 1, day: 1 };
}

export function endOfYear(date: CivilDate): CivilDate {
  return { year: date.year, month: 12, day: 31 };
}

export function quarter(date: CivilDate): number {
  return Math.ceil(date.month / 3);
}

/**
 * ISO 8601 week number and week-numbering year. Week 1 is the week with the year's first
 * Thursday, so 2021-01-01 (a Friday) is in week 53 of 2020.
 */
export function isoWeek(date: CivilDate): { year: number; week: number } {
  // The Thursday of this date's week decides which year the week belongs to.
  const thursday = addDays(date, THURSDAY - isoWeekday(date));
  const week = Math.floor((dayOfYear(thursday) - 1) / 7) + 1;
  return { year: thursday.year, week };
}

/** The number of ISO weeks in a year: 53 when it starts on a Thursday, or on a Wednesday in a leap year. */
export function isoWeeksInYear(year: number): number {
  const jan1 = weekday({ year, month: 1, day: 1 });
  if (jan1 === THURSDAY || (jan1 === WEDNESDAY && isLeapYear(year))) {
    return 53;
  }
  return 52;
}
