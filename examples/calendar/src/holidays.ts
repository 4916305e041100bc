// Public holidays of seven countries, as rules rather than lists of dates: a rule computes its
// date for any year, so the tables never run out. National holidays only; regional ones (German
// states, Scottish bank holidays, US state holidays) are left to the caller's extraHolidays.

import {
  type CivilDate,
  FRIDAY,
  MONDAY,
  SATURDAY,
  SUNDAY,
  THURSDAY,
  type Weekday,
  addDays,
  compareDates,
  daysInMonth,
  toOrdinal,
  weekday,
} from './dates.js';

/**
 * What happens when a holiday falls on a weekend:
 * - none: nothing, the day is lost (most of continental Europe);
 * - nearest: Saturday's holiday is taken on Friday, Sunday's on Monday (US federal);
 * - substitute: the next weekday that is not already a holiday (UK, Australia, New Zealand), so
 *   Christmas on a Saturday is taken on Monday and Boxing Day on Tuesday;
 * - sunday-to-saturday: a Sunday holiday moves back a day (the Dutch King's Day: no parties on
 *   a Sunday).
 */
export type ObservedPolicy = 'none' | 'nearest' | 'substitute' | 'sunday-to-saturday';

interface RuleBase {
  /** The English name, used in reports and as the stable key of the holiday. */
  readonly name: string;
  /** The name on the country's own calendars, where it differs. */
  readonly localName?: string;
  /** First and last year the rule applies, both included. */
  readonly since?: number;
  readonly until?: number;
  readonly observed?: ObservedPolicy;
}

/** The same day every year: 25 December. */
export interface FixedRule extends RuleBase {
  readonly kind: 'fixed';
  readonly month: number;
  readonly day: number;
}

/** The nth weekday of a month: the 4th Thursday of November; n = -1 for the last one. */
export interface NthWeekdayRule extends RuleBase {
  readonly kind: 'nth';
  readonly month: number;
  readonly weekday: Weekday;
  readonly n: number;
}

/** A weekday on or after a date: Swedish Midsummer Eve is the Friday from 19 to 25 June. */
export interface WeekdayOnOrAfterRule extends RuleBase {
  readonly kind: 'onOrAfter';
  readonly month: number;
  readonly day: number;
  readonly weekday: Weekday;
}

/** Days from (Western) Easter Sunday: Good Friday is -2, Ascension +39, Whit Monday +50. */
export interface EasterRule extends RuleBase {
  readonly kind: 'easter';
  readonly offset: number;
}

/** Dates announced year by year with no formula (Matariki follows the lunar calendar). */
export interface TableRule extends RuleBase {
  readonly kind: 'table';
  readonly dates: Readonly<Record<number, readonly [number, number]>>;
}

export type HolidayRule =
  | FixedRule
  | NthWeekdayRule
  | WeekdayOnOrAfterRule
  | EasterRule
  | TableRule;

export interface Country {
  readonly code: string;
  readonly name: string;
  readonly rules: readonly HolidayRule[];
}

export interface Holiday {
  /** The day of the holiday itself. */
  readonly date: CivilDate;
  /** The day off, which differs from date when the holiday falls on a weekend. */
  readonly observed: CivilDate;
  readonly name: string;
  readonly localName: string;
  readonly country: string;
}

const US_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", observed: 'nearest' },
  { kind: 'nth', month: 1, weekday: MONDAY, n: 3, name: 'Martin Luther King Jr. Day', since: 1986 },
  { kind: 'nth', month: 2, weekday: MONDAY, n: 3, name: "Washington's Birthday" },
  { kind: 'nth', month: 5, weekday: MONDAY, n: -1, name: 'Memorial Day' },
  {
    kind: 'fixed',
    month: 6,
    day: 19,
    name: 'Juneteenth National Independence Day',
    observed: 'nearest',
    since: 2021,
  },
  { kind: 'fixed', month: 7, day: 4, name: 'Independence Day', observed: 'nearest' },
  { kind: 'nth', month: 9, weekday: MONDAY, n: 1, name: 'Labor Day' },
  { kind: 'nth', month: 10, weekday: MONDAY, n: 2, name: 'Columbus Day' },
  { kind: 'fixed', month: 11, day: 11, name: 'Veterans Day', observed: 'nearest' },
  { kind: 'nth', month: 11, weekday: THURSDAY, n: 4, name: 'Thanksgiving Day' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', observed: 'nearest' },
];

// England and Wales. Scotland and Northern Ireland have days of their own.
const GB_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", observed: 'substitute' },
  { kind: 'easter', offset: -2, name: 'Good Friday' },
  { kind: 'easter', offset: 1, name: 'Easter Monday' },
  { kind: 'nth', month: 5, weekday: MONDAY, n: 1, name: 'Early May bank holiday' },
  { kind: 'nth', month: 5, weekday: MONDAY, n: -1, name: 'Spring bank holiday' },
  { kind: 'nth', month: 8, weekday: MONDAY, n: -1, name: 'Summer bank holiday' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', observed: 'substitute' },
  { kind: 'fixed', month: 12, day: 26, name: 'Boxing Day', observed: 'substitute' },
];

const DE_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", localName: 'Neujahr' },
  { kind: 'easter', offset: -2, name: 'Good Friday', localName: 'Karfreitag' },
  { kind: 'easter', offset: 1, name: 'Easter Monday', localName: 'Ostermontag' },
  { kind: 'fixed', month: 5, day: 1, name: 'Labour Day', localName: 'Tag der Arbeit' },
  { kind: 'easter', offset: 39, name: 'Ascension Day', localName: 'Christi Himmelfahrt' },
  { kind: 'easter', offset: 50, name: 'Whit Monday', localName: 'Pfingstmontag' },
  { kind: 'fixed', month: 10, day: 3, name: 'German Unity Day', localName: 'Tag der Deutschen Einheit', since: 1990 },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', localName: 'Erster Weihnachtstag' },
  { kind: 'fixed', month: 12, day: 26, name: "St. Stephen's Day", localName: 'Zweiter Weihnachtstag' },
];

const FR_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", localName: "Jour de l'an" },
  { kind: 'easter', offset: 1, name: 'Easter Monday', localName: 'Lundi de Pâques' },
  { kind: 'fixed', month: 5, day: 1, name: 'Labour Day', localName: 'Fête du Travail' },
  { kind: 'fixed', month: 5, day: 8, name: 'Victory in Europe Day', localName: 'Victoire 1945' },
  { kind: 'easter', offset: 39, name: 'Ascension Day', localName: 'Ascension' },
  { kind: 'easter', offset: 50, name: 'Whit Monday', localName: 'Lundi de Pentecôte' },
  { kind: 'fixed', month: 7, day: 14, name: 'Bastille Day', localName: 'Fête nationale' },
  { kind: 'fixed', month: 8, day: 15, name: 'Assumption Day', localName: 'Assomption' },
  { kind: 'fixed', month: 11, day: 1, name: "All Saints' Day", localName: 'Toussaint' },
  { kind: 'fixed', month: 11, day: 11, name: 'Armistice Day', localName: 'Armistice 1918' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', localName: 'Noël' },
];

const NL_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", localName: 'Nieuwjaarsdag' },
  { kind: 'easter', offset: -2, name: 'Good Friday', localName: 'Goede Vrijdag' },
  { kind: 'easter', offset: 0, name: 'Easter Sunday', localName: 'Eerste Paasdag' },
  { kind: 'easter', offset: 1, name: 'Easter Monday', localName: 'Tweede Paasdag' },
  {
    kind: 'fixed',
    month: 4,
    day: 30,
    name: "Queen's Day",
    localName: 'Koninginnedag',
    until: 2013,
    observed: 'sunday-to-saturday',
  },
  {
    kind: 'fixed',
    month: 4,
    day: 27,
    name: "King's Day",
    localName: 'Koningsdag',
    since: 2014,
    observed: 'sunday-to-saturday',
  },
  { kind: 'fixed', month: 5, day: 5, name: 'Liberation Day', localName: 'Bevrijdingsdag' },
  { kind: 'easter', offset: 39, name: 'Ascension Day', localName: 'Hemelvaartsdag' },
  { kind: 'easter', offset: 49, name: 'Whit Sunday', localName: 'Eerste Pinksterdag' },
  { kind: 'easter', offset: 50, name: 'Whit Monday', localName: 'Tweede Pinksterdag' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', localName: 'Eerste Kerstdag' },
  { kind: 'fixed', month: 12, day: 26, name: 'Second Day of Christmas', localName: 'Tweede Kerstdag' },
];

// Matariki is set each year by the Matariki Advisory Group from the lunar calendar: a table, not
// a formula. Years outside it have no Matariki holiday (the law lists dates up to 2052).
const MATARIKI_DATES: Readonly<Record<number, readonly [number, number]>> = {
  2022: [6, 24],
  2023: [7, 14],
  2024: [6, 28],
  2025: [6, 20],
  2026: [7, 10],
  2027: [6, 25],
  2028: [7, 14],
  2029: [7, 6],
  2030: [6, 21],
};

const NZ_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", observed: 'substitute' },
  { kind: 'fixed', month: 1, day: 2, name: "Day after New Year's Day", observed: 'substitute' },
  { kind: 'fixed', month: 2, day: 6, name: 'Waitangi Day', observed: 'substitute' },
  { kind: 'easter', offset: -2, name: 'Good Friday' },
  { kind: 'easter', offset: 1, name: 'Easter Monday' },
  { kind: 'fixed', month: 4, day: 25, name: 'Anzac Day', observed: 'substitute' },
  { kind: 'nth', month: 6, weekday: MONDAY, n: 1, name: "King's Birthday" },
  { kind: 'table', dates: MATARIKI_DATES, name: 'Matariki', since: 2022 },
  { kind: 'nth', month: 10, weekday: MONDAY, n: 4, name: 'Labour Day' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', observed: 'substitute' },
  { kind: 'fixed', month: 12, day: 26, name: 'Boxing Day', observed: 'substitute' },
];

// Christmas Eve and New Year's Eve are days off by custom and collective agreements, not by law.
const SE_RULES: readonly HolidayRule[] = [
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", localName: 'Nyårsdagen' },
  { kind: 'fixed', month: 1, day: 6, name: 'Epiphany', localName: 'Trettondedag jul' },
  { kind: 'easter', offset: -2, name: 'Good Friday', localName: 'Långfredagen' },
  { kind: 'easter', offset: 0, name: 'Easter Sunday', localName: 'Påskdagen' },
  { kind: 'easter', offset: 1, name: 'Easter Monday', localName: 'Annandag påsk' },
  { kind: 'fixed', month: 5, day: 1, name: 'May Day', localName: 'Första maj' },
  { kind: 'easter', offset: 39, name: 'Ascension Day', localName: 'Kristi himmelsfärdsdag' },
  { kind: 'easter', offset: 49, name: 'Whit Sunday', localName: 'Pingstdagen' },
  { kind: 'fixed', month: 6, day: 6, name: 'National Day of Sweden', localName: 'Sveriges nationaldag', since: 2005 },
  { kind: 'onOrAfter', month: 6, day: 19, weekday: FRIDAY, name: 'Midsummer Eve', localName: 'Midsommarafton' },
  { kind: 'onOrAfter', month: 6, day: 20, weekday: SATURDAY, name: 'Midsummer Day', localName: 'Midsommardagen' },
  { kind: 'onOrAfter', month: 10, day: 31, weekday: SATURDAY, name: "All Saints' Day", localName: 'Alla helgons dag' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', localName: 'Juldagen' },
  { kind: 'fixed', month: 12, day: 26, name: 'Boxing Day', localName: 'Annandag jul' },
];

/** Every country with holiday rules, by ISO 3166-1 alpha-2 code. */
export const COUNTRIES: readonly Country[] = [
  { code: 'US', name: 'United States', rules: US_RULES },
  { code: 'GB', name: 'United Kingdom (England and Wales)', rules: GB_RULES },
  { code: 'DE', name: 'Germany', rules: DE_RULES },
  { code: 'FR', name: 'France', rules: FR_RULES },
  { code: 'NL', name: 'Netherlands', rules: NL_RULES },
  { code: 'NZ', name: 'New Zealand', rules: NZ_RULES },
  { code: 'SE', name: 'Sweden', rules: SE_RULES },
];

const BY_CODE: Readonly<Record<string, Country>> = Object.fromEntries(
  COUNTRIES.map((country) => [country.code, country]),
);

// "UK" is what people type; ISO says GB. "EN" is a language, but shows up in country fields too.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  UK: 'GB',
  EN: 'GB',
  USA: 'US',
  DEU: 'DE',
  FRA: 'FR',
  NLD: 'NL',
  NZL: 'NZ',
  SWE: 'SE',
};

export function getCountry(code: string): Country {
  const upper = code.trim().toUpperCase();
  const country = BY_CODE[COUNTRY_ALIASES[upper] ?? upper];
  if (country === undefined) {
    throw new Error(`No holiday rules for country "${code}"`);
  }
  return country;
}

export function hasHolidayRules(code: string): boolean {
  const upper = code.trim().toUpperCase();
  return BY_CODE[COUNTRY_ALIASES[upper] ?? upper] !== undefined;
}

export function supportedCountries(): string[] {
  return COUNTRIES.map((country) => country.code);
}

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher):
 * the first Sunday after the ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The nth (1-5) given weekday of a month, or the last one for n = -1; undefined if there is no 5th. */
export function nthWeekdayOfMonth(year: number, month: number, day: Weekday, n: number): CivilDate | undefined {
  if (n === -1) {
    const last = daysInMonth(year, month);
    const back = (weekday({ year, month, day: last }) - day + 7) % 7;
    return { year, month, day: last - back };
  }
  if (n < 1 || n > 5) {
    throw new RangeError(`n must be 1-5 or -1, got ${n}`);
  }
  const first = weekday({ year, month, day: 1 });
  const date = 1 + ((day - first + 7) % 7) + (n - 1) * 7;
  return date <= daysInMonth(year, month) ? { year, month, day: date } : undefined;
}

function weekdayOnOrAfter(date: CivilDate, day: Weekday): CivilDate {
  return addDays(date, (day - weekday(date) + 7) % 7);
}

function appliesIn(rule: HolidayRule, year: number): boolean {
  if (rule.since !== undefined && year < rule.since) {
    return false;
  }
  if (rule.until !== undefined && year > rule.until) {
    return false;
  }
  return true;
}

/** The date of a rule's holiday in a year, before any weekend shifting; undefined if none. */
export function ruleDate(rule: HolidayRule, year: number): CivilDate | undefined {
  if (!appliesIn(rule, year)) {
    return undefined;
  }
  switch (rule.kind) {
    case 'fixed':
      return { year, month: rule.month, day: rule.day };
    case 'nth':
      return nthWeekdayOfMonth(year, rule.month, rule.weekday, rule.n);
    case 'onOrAfter':
      return weekdayOnOrAfter({ year, month: rule.month, day: rule.day }, rule.weekday);
    case 'easter':
      return addDays(easterSunday(year), rule.offset);
    case 'table': {
      const entry = rule.dates[year];
      return entry === undefined ? undefined : { year, month: entry[0], day: entry[1] };
    }
  }
}

function isWeekendDay(date: CivilDate): boolean {
  const day = weekday(date);
  return day === SATURDAY || day === SUNDAY;
}

/**
 * The day off for a holiday. `taken` holds the ordinals of days off already given out this year,
 * so that a substitute day never lands on another holiday.
 */
function observedDate(date: CivilDate, policy: ObservedPolicy, taken: ReadonlySet<number>): CivilDate {
  const day = weekday(date);
  switch (policy) {
    case 'none':
      return date;
    case 'nearest':
      if (day === SATURDAY) {
        return addDays(date, -1);
      }
      return day === SUNDAY ? addDays(date, 1) : date;
    case 'sunday-to-saturday':
      return day === SUNDAY ? addDays(date, -1) : date;
    case 'substitute': {
      if (!isWeekendDay(date)) {
        return date;
      }
      let candidate = addDays(date, 1);
      while (isWeekendDay(candidate) || taken.has(toOrdinal(candidate))) {
        candidate = addDays(candidate, 1);
      }
      return candidate;
    }
  }
}

// Holiday lists are asked for again and again by the business-day functions; a year's list for a
// country never changes, so it is kept.
const cache = new Map<string, readonly Holiday[]>();

/** The holidays of a country whose own date falls in a year, in date order. */
export function holidaysForYear(countryCode: string, year: number): readonly Holiday[] {
  const country = getCountry(countryCode);
  const key = `${country.code}:${year}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    return cached;
  }
  const dated = country.rules
    .map((rule) => ({ rule, date: ruleDate(rule, year) }))
    .filter((entry): entry is { rule: HolidayRule; date: CivilDate } => entry.date !== undefined)
    .sort((a, b) => compareDates(a.date, b.date));
  // Holidays that fall on weekdays are taken first, so substitutes move around them.
  const taken = new Set<number>();
  for (const { date } of dated) {
    if (!isWeekendDay(date)) {
      taken.add(toOrdinal(date));
    }
  }
  const holidays = dated.map(({ rule, date }) => {
    const observed = observedDate(date, rule.observed ?? 'none', taken);
    taken.add(toOrdinal(observed));
    return {
      date,
      observed,
      name: rule.name,
      localName: rule.localName ?? rule.name,
      country: country.code,
    };
  });
  cache.set(key, holidays);
  return holidays;
}

/**
 * The ordinals of the days off in a year. A holiday of next year can be observed this year (the
 * US New Year's Day of 2022, a Saturday, was observed on Friday 31 December 2021), so next year's
 * list is consulted too.
 */
export function daysOff(countryCode: string, year: number): ReadonlySet<number> {
  const days = new Set<number>();
  for (const holiday of [...holidaysForYear(countryCode, year), ...holidaysForYear(countryCode, year + 1)]) {
    if (holiday.observed.year === year) {
      days.add(toOrdinal(holiday.observed));
    }
  }
  return days;
}

/** The holiday on a date (its own day or its observed day off), or undefined. */
export function holidayOn(countryCode: string, date: CivilDate): Holiday | undefined {
  const candidates = [...holidaysForYear(countryCode, date.year), ...holidaysForYear(countryCode, date.year + 1)];
  return candidates.find(
    (holiday) => compareDates(holiday.date, date) === 0 || compareDates(holiday.observed, date) === 0,
  );
}

export function isHoliday(countryCode: string, date: CivilDate): boolean {
  return holidayOn(countryCode, date) !== undefined;
}

/** The first holiday strictly after a date, looking at most into the next year. */
export function nextHoliday(countryCode: string, after: CivilDate): Holiday | undefined {
  const candidates = [...holidaysForYear(countryCode, after.year), ...holidaysForYear(countryCode, after.year + 1)];
  return candidates.find((holiday) => compareDates(holiday.date, after) > 0);
}
