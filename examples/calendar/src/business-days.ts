// Business-day arithmetic: "payment due in 10 business days", "how many working days in March".
// A business day is a day that is neither a weekend day nor a day off for the country's holidays
// (nor one of the caller's own extra closures).

import { type CivilDate, FRIDAY, SATURDAY, SUNDAY, THURSDAY, type Weekday, addDays, fromOrdinal, toOrdinal, weekday } from './dates.js';
import { daysOff, hasHolidayRules } from './holidays.js';

export interface BusinessDayOptions {
  /** ISO country code for public holidays; none, or a country without rules: weekends only. */
  readonly country?: string;
  /** The weekend days; by default the country's, else Saturday and Sunday. */
  readonly weekend?: readonly Weekday[];
  /** Company closures and regional holidays on top of the national ones. */
  readonly extraHolidays?: readonly CivilDate[];
}

export const DEFAULT_WEEKEND: readonly Weekday[] = [SATURDAY, SUNDAY];

/**
 * Countries whose weekend is not Saturday-Sunday. Not all of them have holiday rules here: a
 * caller can still count business days there without holidays.
 */
export const WEEKENDS_BY_COUNTRY: Readonly<Record<string, readonly Weekday[]>> = {
  AE: [SATURDAY, SUNDAY], // since 2022; before that Friday-Saturday
  SA: [FRIDAY, SATURDAY],
  QA: [FRIDAY, SATURDAY],
  KW: [FRIDAY, SATURDAY],
  OM: [FRIDAY, SATURDAY],
  BH: [FRIDAY, SATURDAY],
  EG: [FRIDAY, SATURDAY],
  IL: [FRIDAY, SATURDAY],
  IR: [FRIDAY],
  AF: [THURSDAY, FRIDAY],
  NP: [SATURDAY],
};

const DEFAULT_OPTIONS: Required<BusinessDayOptions> = {
  country: '',
  weekend: DEFAULT_WEEKEND,
  extraHolidays: [],
};

/** A safety stop: no real calendar has a year of consecutive closed days. */
const MAX_SCAN_DAYS = 366 * 2;

class Calendar {
  private readonly weekend: ReadonlySet<number>;
  private readonly extra: ReadonlySet<number>;
  private readonly country: string;
  private readonly yearCache = new Map<number, ReadonlySet<number>>();

  constructor(options: BusinessDayOptions) {
    const merged = { ...DEFAULT_OPTIONS, ...options };
    const countryWeekend = merged.country === '' ? undefined : WEEKENDS_BY_COUNTRY[merged.country.toUpperCase()];
    this.weekend = new Set(options.weekend ?? countryWeekend ?? DEFAULT_WEEKEND);
    if (this.weekend.size >= 7) {
      throw new RangeError('A week needs at least one working day');
    }
    this.extra = new Set(merged.extraHolidays.map(toOrdinal));
    // Countries with a weekend entry but no holiday rules (Israel, Nepal) still get their weekend.
    this.country = merged.country !== '' && hasHolidayRules(merged.country) ? merged.country : '';
  }

  private holidays(year: number): ReadonlySet<number> {
    let days = this.yearCache.get(year);
    if (days === undefined) {
      days = this.country === '' ? new Set() : daysOff(this.country, year);
      this.yearCache.set(year, days);
    }
    return days;
  }

  isBusinessDay(ordinal: number): boolean {
    const date = fromOrdinal(ordinal);
    if (this.weekend.has(weekday(date))) {
      return false;
    }
    if (this.extra.has(ordinal)) {
      return false;
    }
    return !this.holidays(date.year).has(ordinal);
  }

  /** The first business day from ordinal on in the direction of step (+1 or -1), ordinal included. */
  seek(ordinal: number, step: 1 | -1): number {
    let current = ordinal;
    for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
      if (this.isBusinessDay(current)) {
        return current;
      }
      current += step;
    }
    throw new Error('No business day within two years');
  }
}

export function isBusinessDay(date: CivilDate, options: BusinessDayOptions = {}): boolean {
  return new Calendar(options).isBusinessDay(toOrdinal(date));
}

/**
 * Adds business days. Adding 0 to a non-business day moves forward to the next business day, as
 * a "due today" on a Sunday means Monday. Negative amounts go back.
 */
export function addBusinessDays(date: CivilDate, amount: number, options: BusinessDayOptions = {}): CivilDate {
  if (!Number.isInteger(amount)) {
    throw new RangeError(`Business days must be whole, got ${amount}`);
  }
  const calendar = new Calendar(options);
  const step = amount < 0 ? -1 : 1;
  let ordinal = toOrdinal(date);
  if (amount === 0) {
    return fromOrdinal(calendar.seek(ordinal, 1));
  }
  let remaining = Math.abs(amount);
  while (remaining > 0) {
    ordinal = calendar.seek(ordinal + step, step);
    remaining--;
  }
  return fromOrdinal(ordinal);
}

export function subtractBusinessDays(date: CivilDate, amount: number, options: BusinessDayOptions = {}): CivilDate {
  return addBusinessDays(date, -amount, options);
}

/**
 * Business days after start up to and including end: Monday to Friday of the same week is 4, as
 * "delivered in 4 business days". Negative when end is before start.
 */
export function businessDaysBetween(start: CivilDate, end: CivilDate, options: BusinessDayOptions = {}): number {
  const calendar = new Calendar(options);
  const from = toOrdinal(start);
  const to = toOrdinal(end);
  if (from === to) {
    return 0;
  }
  const sign = to > from ? 1 : -1;
  const low = Math.min(from, to);
  const high = Math.max(from, to);
  let count = 0;
  for (let ordinal = low + 1; ordinal <= high; ordinal++) {
    if (calendar.isBusinessDay(ordinal)) {
      count++;
    }
  }
  return sign * count;
}

export function nextBusinessDay(date: CivilDate, options: BusinessDayOptions = {}): CivilDate {
  const calendar = new Calendar(options);
  return fromOrdinal(calendar.seek(toOrdinal(date) + 1, 1));
}

export function previousBusinessDay(date: CivilDate, options: BusinessDayOptions = {}): CivilDate {
  const calendar = new Calendar(options);
  return fromOrdinal(calendar.seek(toOrdinal(date) - 1, -1));
}

/** Every business day of a month, for a timesheet. */
export function businessDaysInMonth(year: number, month: number, options: BusinessDayOptions = {}): CivilDate[] {
  const calendar = new Calendar(options);
  const days: CivilDate[] = [];
  for (let date: CivilDate = { year, month, day: 1 }; date.month === month; date = addDays(date, 1)) {
    if (calendar.isBusinessDay(toOrdinal(date))) {
      days.push(date);
    }
  }
  return days;
}

/**
 * Settlement date for a trade: T+n business days. Markets close on their holidays, so the
 * country matters; the default is T+2, the usual settlement cycle for bonds.
 */
export function settlementDate(tradeDate: CivilDate, options: BusinessDayOptions & { days?: number } = {}): CivilDate {
  const { days = 2, ...calendarOptions } = options;
  return addBusinessDays(tradeDate, days, calendarOptions);
}
