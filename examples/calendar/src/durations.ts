// ISO 8601 durations ("P1Y2M10DT2H30M"): parsing, printing, adding to dates, and saying them in
// words. Years and months have no fixed length, so a duration keeps its fields apart and only
// turns into seconds on request, with the nominal lengths below.

import { type CivilDate, addDays, addMonths } from './dates.js';
import { getLocale } from './locales.js';

export interface Duration {
  readonly negative: boolean;
  readonly years: number;
  readonly months: number;
  readonly weeks: number;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
}

export type DurationUnit = Exclude<keyof Duration, 'negative'>;

interface UnitSpec {
  readonly unit: DurationUnit;
  /** The ISO 8601 designator letter. */
  readonly designator: string;
  /** Whether it belongs after the T. */
  readonly time: boolean;
  /** Nominal length in seconds: a year of 365 days, a month of 30. */
  readonly seconds: number;
}

/** The units in ISO order; the order matters to the pattern built from it. */
export const UNITS: readonly UnitSpec[] = [
  { unit: 'years', designator: 'Y', time: false, seconds: 365 * 86400 },
  { unit: 'months', designator: 'M', time: false, seconds: 30 * 86400 },
  { unit: 'weeks', designator: 'W', time: false, seconds: 7 * 86400 },
  { unit: 'days', designator: 'D', time: false, seconds: 86400 },
  { unit: 'hours', designator: 'H', time: true, seconds: 3600 },
  { unit: 'minutes', designator: 'M', time: true, seconds: 60 },
  { unit: 'seconds', designator: 'S', time: true, seconds: 1 },
];

export const ZERO: Duration = Object.freeze({
  negative: false,
  years: 0,
  months: 0,
  weeks: 0,
  days: 0,
  hours: 0,
  minutes: 0,
  seconds: 0,
});

// A number with an optional fraction (comma or dot, as ISO allows), then the designator. Built
// from UNITS, so adding a unit there is enough. Only the last (smallest) field may have a fraction
// by the standard; that is checked after matching, where the error can say so.
const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DATE_PART = UNITS.filter((u) => !u.time)
  .map((u) => `(?:${NUMBER}${u.designator})?`)
  .join('');
const TIME_PART = UNITS.filter((u) => u.time)
  .map((u) => `(?:${NUMBER}${u.designator})?`)
  .join('');
const DURATION_RE = new RegExp(`^([+-])?P${DATE_PART}(?:T${TIME_PART})?$`, 'i');

export class DurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DurationError';
  }
}

export function duration(fields: Partial<Duration>): Duration {
  for (const { unit } of UNITS) {
    const value = fields[unit];
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) {
      throw new DurationError(`${unit} must be a finite number of zero or more, got ${value}`);
    }
  }
  return { ...ZERO, ...fields };
}

/** Parses "P3D", "PT1H30M", "-P1Y", "P0.5D", "P1W". "P" alone and "PT" alone are errors. */
export function parseDuration(text: string): Duration {
  const input = text.trim();
  const match = DURATION_RE.exec(input);
  if (match === null || /T$/i.test(input) || /^[+-]?P$/i.test(input)) {
    throw new DurationError(`Not an ISO 8601 duration: "${text}"`);
  }
  const fields: Record<string, number> = {};
  let sawFraction = false;
  UNITS.forEach(({ unit }, index) => {
    const raw = match[index + 2];
    if (raw === undefined) {
      return;
    }
    if (sawFraction) {
      throw new DurationError(`Only the smallest unit may have a fraction: "${text}"`);
    }
    if (/[.,]/.test(raw)) {
      sawFraction = true;
    }
    fields[unit] = Number(raw.replace(',', '.'));
  });
  return { ...duration(fields), negative: match[1] === '-' };
}

/** The canonical text: zero fields left out, "PT0S" for nothing at all. */
export function formatDuration(d: Duration): string {
  let date = '';
  let time = '';
  for (const { unit, designator, time: isTime } of UNITS) {
    const value = d[unit];
    if (value === 0) {
      continue;
    }
    if (isTime) {
      time += `${value}${designator}`;
    } else {
      date += `${value}${designator}`;
    }
  }
  if (date === '' && time === '') {
    return 'PT0S';
  }
  const sign = d.negative ? '-' : '';
  return `${sign}P${date}${time === '' ? '' : `T${time}`}`;
}

/** Nominal seconds: for sorting and for timeouts, never for calendar arithmetic. */
export function toSeconds(d: Duration): number {
  const total = UNITS.reduce((sum, { unit, seconds }) => sum + d[unit] * seconds, 0);
  return d.negative ? -total : total;
}

/** The largest units first: 90061 seconds is 1 day, 1 hour, 1 minute, 1 second. No months or years. */
export function fromSeconds(totalSeconds: number): Duration {
  const negative = totalSeconds < 0;
  let rest = Math.abs(Math.round(totalSeconds));
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  return { ...ZERO, negative, days, hours, minutes, seconds };
}

export function negate(d: Duration): Duration {
  return { ...d, negative: !d.negative };
}

export function isZero(d: Duration): boolean {
  return UNITS.every(({ unit }) => d[unit] === 0);
}

/**
 * Adds the date part of a duration to a date: years and months first (clamping Jan 31 + P1M to
 * the end of February), then weeks and days. The time part must be whole days' worth of nothing:
 * a date has no hours to add them to.
 */
export function addDuration(date: CivilDate, d: Duration): CivilDate {
  if (d.hours !== 0 || d.minutes !== 0 || d.seconds !== 0) {
    throw new DurationError('Cannot add hours, minutes or seconds to a date');
  }
  if (![d.years, d.months, d.weeks, d.days].every(Number.isInteger)) {
    throw new DurationError('Cannot add a fraction of a day to a date');
  }
  const sign = d.negative ? -1 : 1;
  const moved = addMonths(date, sign * (d.years * 12 + d.months));
  return addDays(moved, sign * (d.weeks * 7 + d.days));
}

// Unit words for humanize, singular and plural, per language. Languages with more plural forms
// than two (none of ours) would need more than a pair.
const UNIT_WORDS: Readonly<Record<string, Readonly<Record<DurationUnit, readonly [string, string]>>>> = {
  en: {
    years: ['year', 'years'],
    months: ['month', 'months'],
    weeks: ['week', 'weeks'],
    days: ['day', 'days'],
    hours: ['hour', 'hours'],
    minutes: ['minute', 'minutes'],
    seconds: ['second', 'seconds'],
  },
  de: {
    years: ['Jahr', 'Jahre'],
    months: ['Monat', 'Monate'],
    weeks: ['Woche', 'Wochen'],
    days: ['Tag', 'Tage'],
    hours: ['Stunde', 'Stunden'],
    minutes: ['Minute', 'Minuten'],
    seconds: ['Sekunde', 'Sekunden'],
  },
  fr: {
    years: ['an', 'ans'],
    months: ['mois', 'mois'],
    weeks: ['semaine', 'semaines'],
    days: ['jour', 'jours'],
    hours: ['heure', 'heures'],
    minutes: ['minute', 'minutes'],
    seconds: ['seconde', 'secondes'],
  },




};

/** "and" in each language, for the last two parts of a humanized duration. */
const CONJUNCTIONS: Readonly<Record<string, string>> = {
  en: 'and',
  de: 'und',
  fr: 'et',
};

/**
 * A duration in words: "1 year, 2 months and 3 days". At most `parts` units, largest first; the
 * rest is dropped, not rounded, because "about" is the reader's assumption anyway.
 */
export function humanize(d: Duration, localeCode?: string, parts = 2): string {
  const language = getLocale(localeCode).code.slice(0, 2);
  const words = UNIT_WORDS[language] ?? UNIT_WORDS['en']!;
  const and = CONJUNCTIONS[language] ?? 'and';
  const pieces = UNITS.filter(({ unit }) => d[unit] !== 0)
    .slice(0, parts)
    .map(({ unit }) => {
      const value = d[unit];
      const [singular, plural] = words[unit];
      return `${value} ${value === 1 ? singular : plural}`;
    });
  if (pieces.length === 0) {
    return `0 ${words.seconds[1]}`;
  }
  const last = pieces.pop()!;
  return pieces.length === 0 ? last : `${pieces.join(', ')} ${and} ${last}`;
}
