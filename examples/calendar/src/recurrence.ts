// Recurring events, in the subset of RFC 5545 RRULEs that calendar apps actually create: DAILY,
// WEEKLY (with BYDAY), MONTHLY (on a day of the month or the nth weekday) and YEARLY, each with an
// INTERVAL and a COUNT or an UNTIL. Dates only: the time of day is the caller's business.

import {
  type CivilDate,
  type Weekday,
  addDays,
  addMonths,
  compareDates,
  daysInMonth,
  isValidDate,
  toOrdinal,
  weekday,
} from './dates.js';
import { formatISO, parseISO } from './format.js';
import { nthWeekdayOfMonth } from './holidays.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface Recurrence {
  readonly freq: Frequency;
  /** Every interval-th period: 2 with WEEKLY is every other week. */
  readonly interval: number;
  /** Stop after this many occurrences (the start counts). */
  readonly count?: number;
  /** Stop after this date, which is included if it is an occurrence. */
  readonly until?: CivilDate;
  /** WEEKLY: the weekdays; MONTHLY with bySetPos: the weekday of "the 2nd Tuesday". */
  readonly byDay?: readonly Weekday[];
  /** MONTHLY: the days of the month; negative counts from the end (-1 is the last day). */
  readonly byMonthDay?: readonly number[];
  /** MONTHLY with one byDay: which one of the month (1-5, or -1 for the last). */
  readonly bySetPos?: number;
}

/** The two-letter weekday codes of RFC 5545, in weekday() order. */
export const WEEKDAY_CODES: readonly string[] = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const CODE_TO_WEEKDAY: ReadonlyMap<string, Weekday> = new Map(
  WEEKDAY_CODES.map((code, index) => [code, index as Weekday]),
);

export const FREQUENCIES: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];

/** No rule expands past this many occurrences, whatever COUNT says: an RRULE is user input. */
export const MAX_OCCURRENCES = 1000;

/** A rule without COUNT or UNTIL stops after this many years past its start. */
export const DEFAULT_HORIZON_YEARS = 2;

const RULE_PART_RE = /^([A-Z]+)=([A-Z0-9,+-]+)$/;
const BYDAY_RE = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/;
const UNTIL_RE = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/;

export class RecurrenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RecurrenceError';
  }
}

function positiveInt(name: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    throw new RecurrenceError(`${name} must be a positive whole number, got "${text}"`);
  }
  return value;
}

/**
 * Parses an RRULE value ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10", with or without the
 * "RRULE:" prefix). Unknown parts are an error: silently ignoring BYHOUR would give wrong dates.
 */
export function parseRRule(text: string): Recurrence {
  const body = text.trim().replace(/^RRULE:/i, '').toUpperCase();
  const parts = new Map<string, string>();
  for (const part of body.split(';')) {
    if (part === '') {
      continue;
    }
    const match = RULE_PART_RE.exec(part);
    if (match === null) {
      throw new RecurrenceError(`Malformed rule part "${part}"`);
    }
    if (parts.has(match[1]!)) {
      throw new RecurrenceError(`${match[1]} given twice`);
    }
    parts.set(match[1]!, match[2]!);
  }
  const freq = parts.get('FREQ');
  if (freq === undefined || !FREQUENCIES.includes(freq as Frequency)) {
    throw new RecurrenceError(`FREQ must be one of ${FREQUENCIES.join(', ')}`);
  }
  let rule: {
    freq: Frequency;
    interval: number;
    count?: number;
    until?: CivilDate;
    byDay?: Weekday[];
    byMonthDay?: number[];
    bySetPos?: number;
  } = { freq: freq as Frequency, interval: 1 };
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = positiveInt('INTERVAL', value);
        break;
      case 'COUNT':
        rule.count = positiveInt('COUNT', value);
        break;
      case 'UNTIL': {
        const match = UNTIL_RE.exec(value);
        if (match === null) {
          throw new RecurrenceError(`UNTIL must be a date like 20241231, got "${value}"`);
        }
        rule.until = parseISO(`${match[1]}-${match[2]}-${match[3]}`);
        break;
      }
      case 'BYDAY':
        rule = { ...rule, ...parseByDay(value) };
        break;
      case 'BYMONTHDAY':
        rule.byMonthDay = value.split(',').map((day) => {
          const n = Number(day);
          if (!Number.isInteger(n) || n === 0 || n < -31 || n > 31) {
            throw new RecurrenceError(`BYMONTHDAY must be 1 to 31 or -31 to -1, got "${day}"`);
          }
          return n;
        });
        break;
      default:
        throw new RecurrenceError(`Unsupported rule part ${key}`);
    }
  }
  if (rule.count !== undefined && rule.until !== undefined) {
    throw new RecurrenceError('COUNT and UNTIL cannot both be given');
  }
  return rule;
}

function parseByDay(value: string): { byDay: Weekday[]; bySetPos?: number } {
  const days: Weekday[] = [];
  let position: number | undefined;
  for (const item of value.split(',')) {
    const match = BYDAY_RE.exec(item);
    if (match === null) {
      throw new RecurrenceError(`Bad BYDAY value "${item}"`);
    }
    if (match[1] !== undefined) {
      // "2TU": the second Tuesday. Only one such day per rule, as calendar apps write them.
      if (position !== undefined) {
        throw new RecurrenceError('Only one numbered BYDAY is supported');
      }
      position = Number(match[1]);
    }
    days.push(CODE_TO_WEEKDAY.get(match[2]!)!);
  }
  return position === undefined ? { byDay: days } : { byDay: days, bySetPos: position };
}

/** The rule back as RRULE text, parts in the order RFC 5545's examples use. */
export function formatRRule(rule: Recurrence): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) {
    parts.push(`INTERVAL=${rule.interval}`);
  }
  if (rule.count !== undefined) {
    parts.push(`COUNT=${rule.count}`);
  }
  if (rule.until !== undefined) {
    parts.push(`UNTIL=${formatISO(rule.until).replaceAll('-', '')}`);
  }
  if (rule.byDay !== undefined && rule.byDay.length > 0) {
    const prefix = rule.bySetPos === undefined ? '' : String(rule.bySetPos);
    parts.push(`BYDAY=${rule.byDay.map((day) => prefix + WEEKDAY_CODES[day]).join(',')}`);
  }
  if (rule.byMonthDay !== undefined && rule.byMonthDay.length > 0) {
    parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
  }
  return parts.join(';');
}

/** The candidate dates of one period (a day, a week, a month, a year), in order. */
function candidatesInPeriod(rule: Recurrence, start: CivilDate, periodIndex: number): CivilDate[] {
  const step = periodIndex * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return [addDays(start, step)];
    case 'WEEKLY': {
      if (rule.byDay === undefined || rule.byDay.length === 0) {
        return [addDays(start, step * 7)];
      }
      // The week of the start, Monday-based as RFC 5545's default WKST=MO, moved by whole weeks.
      const monday = addDays(start, -((weekday(start) + 6) % 7) + step * 7);
      return [...rule.byDay]
        .map((day) => addDays(monday, (day + 6) % 7))
        .sort(compareDates);
    }
    case 'MONTHLY': {
      const month = addMonths({ year: start.year, month: start.month, day: 1 }, step);
      if (rule.byDay !== undefined && rule.byDay.length > 0 && rule.bySetPos !== undefined) {
        const date = nthWeekdayOfMonth(month.year, month.month, rule.byDay[0]!, rule.bySetPos);
        return date === undefined ? [] : [date];
      }
      const days = rule.byMonthDay ?? [start.day];
      const length = daysInMonth(month.year, month.month);
      // A month without the day (the 31st in April) has no occurrence, as RFC 5545 says; it is
      // not moved to the 30th.
      return days
        .map((day) => (day < 0 ? length + day + 1 : day))
        .filter((day) => day >= 1 && day <= length)
        .sort((a, b) => a - b)
        .map((day) => ({ year: month.year, month: month.month, day }));
    }
    case 'YEARLY': {
      const year = start.year + step;
      // A 29 February start recurs only in leap years.
      return isValidDate(year, start.month, start.day) ? [{ year, month: start.month, day: start.day }] : [];
    }
  }
}

/**
 * The occurrences of a rule from its start, in order, stopping at COUNT, UNTIL, limit or the
 * default horizon, whichever comes first. The start itself is the first occurrence when it
 * matches the rule; dates before the start are never produced.
 */
export function expand(start: CivilDate, rule: Recurrence, limit = MAX_OCCURRENCES): CivilDate[] {
  if (rule.interval < 1) {
    throw new RecurrenceError('interval must be at least 1');
  }
  const max = Math.min(rule.count ?? MAX_OCCURRENCES, limit, MAX_OCCURRENCES);
  const horizon =
    rule.until ?? (rule.count === undefined ? { ...start, year: start.year + DEFAULT_HORIZON_YEARS } : undefined);
  const startOrdinal = toOrdinal(start);
  const result: CivilDate[] = [];
  for (let period = 0; result.length < max; period++) {
    const candidates = candidatesInPeriod(rule, start, period);
    for (const date of candidates) {
      if (horizon !== undefined && compareDates(date, horizon) > 0) {
        return result;
      }
      if (toOrdinal(date) < startOrdinal) {
        continue;
      }
      result.push(date);
      if (result.length >= max) {
        return result;
      }
    }
    // A rule whose periods are all empty (the 31st of every other February) must end somewhere.
    if (period > MAX_OCCURRENCES * 12) {
      return result;
    }
  }
  return result;
}

/** The first occurrence strictly after a date, or undefined when the rule has ended. */
export function nextOccurrence(start: CivilDate, rule: Recurrence, after: CivilDate): CivilDate | undefined {
  return expand(start, rule).find((date) => compareDates(date, after) > 0);
}
