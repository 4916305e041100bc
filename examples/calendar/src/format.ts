// A small token formatter and parser for dates: format(date, 'YYYY-MM-DD ddd'). The token set is
// the one people already know from moment and dayjs; text in square brackets is copied as is, so
// '[Week] W' prints "Week 7".

import {
  type CivilDate,
  dayOfYear,
  daysInYear,
  fromDayOfYear,
  isValidDate,
  isoWeek,
  isoWeekday,
  quarter,
  weekday,
} from './dates.js';
import { type Locale, getLocale, monthFromName } from './locales.js';

interface TokenSpec {
  /** What the token prints for a date. */
  readonly format: (date: CivilDate, locale: Locale) => string;
  /** The regex source that matches what the token prints, for the parser; absent: not parseable. */
  readonly parse?: string;
  /** Which date field the parsed text sets. */
  readonly field?: 'year' | 'month' | 'day' | 'monthName' | 'twoDigitYear' | 'ignored';
}

function pad(value: number, width: number): string {
  const sign = value < 0 ? '-' : '';
  return sign + String(Math.abs(value)).padStart(width, '0');
}

/**
 * Every token, in the order a reader looks for them. Several are prefixes of others (D of DD, DD
 * of DDDD, M of MMMM), so the token regex below does not use this order: it sorts them longest
 * first.
 */
export const TOKENS: Readonly<Record<string, TokenSpec>> = {
  D: { format: (d) => String(d.day), parse: '\\d{1,2}', field: 'day' },
  DD: { format: (d) => pad(d.day, 2), parse: '\\d{2}', field: 'day' },
  Do: { format: (d, l) => l.ordinal(d.day) },
  DDDD: { format: (d) => pad(dayOfYear(d), 3), parse: '\\d{3}', field: 'ignored' },
  d: { format: (d) => String(weekday(d)) },
  ddd: { format: (d, l) => l.weekdaysShort[weekday(d)]!, parse: '[^\\s\\d,]+', field: 'ignored' },
  dddd: { format: (d, l) => l.weekdays[weekday(d)]!, parse: '[^\\s\\d,]+', field: 'ignored' },
  E: { format: (d) => String(isoWeekday(d)) },
  W: { format: (d) => String(isoWeek(d).week) },
  WW: { format: (d) => pad(isoWeek(d).week, 2) },
  M: { format: (d) => String(d.month), parse: '\\d{1,2}', field: 'month' },
  MM: { format: (d) => pad(d.month, 2), parse: '\\d{2}', field: 'month' },
  MMM: { format: (d, l) => l.monthsShort[d.month - 1]!, parse: '[^\\s\\d,/-]+', field: 'monthName' },
  MMMM: { format: (d, l) => l.months[d.month - 1]!, parse: '[^\\s\\d,./-]+', field: 'monthName' },
  Q: { format: (d) => String(quarter(d)), parse: '[1-4]', field: 'ignored' },
  YY: { format: (d) => pad(((d.year % 100) + 100) % 100, 2), parse: '\\d{2}', field: 'twoDigitYear' },
  YYYY: { format: (d) => pad(d.year, 4), parse: '-?\\d{4,6}', field: 'year' },
  GGGG: { format: (d) => pad(isoWeek(d).year, 4) },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Longest token first so that "MMMM" is never read as "MM" twice (equal lengths alphabetically,
// so the regex is the same whatever order TOKENS is in). Literal text in brackets comes first of
// all: '[Day] D' must not read the D of "Day" as a token.
const TOKEN_NAMES = Object.keys(TOKENS).sort((a, b) => b.length - a.length || a.localeCompare(b));
const TOKEN_RE = new RegExp(`\\[([^\\]]*)\\]|${TOKEN_NAMES.map(escapeRegExp).join('|')}`, 'g');

/** Named patterns, so callers can write format(d, 'iso') and not repeat the tokens. */
export const PRESETS: Readonly<Record<string, string>> = {
  iso: 'YYYY-MM-DD',
  isoWeek: 'GGGG-[W]WW-E',
  isoOrdinal: 'YYYY-DDDD',
  basic: 'YYYYMMDD',
  rfc2822: 'ddd, DD MMM YYYY',
  compact: 'YYMMDD',
};

function resolvePattern(pattern: string, locale: Locale): string {
  const preset = PRESETS[pattern];
  if (preset !== undefined) {
    return preset;
  }
  // The locale's own formats by name: format(d, 'long', 'de') is "14. März 2024".
  if (pattern in locale.formats) {
    return locale.formats[pattern as keyof Locale['formats']];
  }
  return pattern;
}

/**
 * Formats a date with a token pattern, a preset name ('iso', 'rfc2822') or a locale format name
 * ('short', 'long', 'full'). Names come from the locale; RFC 2822 always uses English names.
 */
export function format(date: CivilDate, pattern: string, localeCode?: string): string {
  const locale = pattern === 'rfc2822' ? getLocale('en-US') : getLocale(localeCode);
  const resolved = resolvePattern(pattern, locale);
  return resolved.replace(TOKEN_RE, (match, literal: string | undefined) => {
    if (literal !== undefined) {
      return literal;
    }
    return TOKENS[match]!.format(date, locale);
  });
}

export function formatISO(date: CivilDate): string {
  return format(date, 'iso');
}

/** The plain ISO 8601 calendar date, with an optional sign and more digits for far-off years. */
const ISO_DATE_RE = /^([+-]?\d{4,6})-(\d{2})-(\d{2})$/;
const ISO_BASIC_RE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_ORDINAL_RE = /^(\d{4})-(\d{3})$/;

export class DateParseError extends Error {
  constructor(
    readonly input: string,
    reason: string,
  ) {
    super(`Cannot parse "${input}" as a date: ${reason}`);
    this.name = 'DateParseError';
  }
}

function checked(input: string, year: number, month: number, day: number): CivilDate {
  if (!isValidDate(year, month, day)) {
    throw new DateParseError(input, 'no such day');
  }
  return { year, month, day };
}

/**
 * Parses the ISO 8601 date forms people actually send: 2024-03-14, 20240314 and 2024-074 (the
 * ordinal date, used in logistics). Anything else is an error, not a guess.
 */
export function parseISO(input: string): CivilDate {
  const text = input.trim();
  let match = ISO_DATE_RE.exec(text);
  if (match !== null) {
    return checked(input, Number(match[1]), Number(match[2]), Number(match[3]));
  }
  match = ISO_BASIC_RE.exec(text);
  if (match !== null) {
    return checked(input, Number(match[1]), Number(match[2]), Number(match[3]));
  }
  match = ISO_ORDINAL_RE.exec(text);
  if (match !== null) {
    const year = Number(match[1]);
    const ordinal = Number(match[2]);
    if (ordinal < 1 || ordinal > daysInYear(year)) {
      throw new DateParseError(input, 'no such day');
    }
    return fromDayOfYear(year, ordinal);
  }
  throw new DateParseError(input, 'not an ISO 8601 date');
}

/** Two-digit years within this many years ahead of the pivot are read as this century. */
export const TWO_DIGIT_YEAR_PIVOT = 2000;
export const TWO_DIGIT_YEAR_WINDOW = 50;

/** '24' is 2024, '75' is 1975: a sliding window around the pivot, as spreadsheets do. */
export function expandTwoDigitYear(yy: number): number {
  return yy < TWO_DIGIT_YEAR_WINDOW ? TWO_DIGIT_YEAR_PIVOT + yy : TWO_DIGIT_YEAR_PIVOT - 100 + yy;
}

interface CompiledPattern {
  readonly regex: RegExp;
  readonly fields: ReadonlyArray<TokenSpec['field']>;
}

// Patterns are compiled once and kept: a CSV import parses thousands of rows with one pattern.
const compiledPatterns = new Map<string, CompiledPattern>();

function compile(pattern: string): CompiledPattern {
  const cached = compiledPatterns.get(pattern);
  if (cached !== undefined) {
    return cached;
  }
  const fields: Array<TokenSpec['field']> = [];
  let source = '';
  let last = 0;
  for (const match of pattern.matchAll(TOKEN_RE)) {
    source += escapeRegExp(pattern.slice(last, match.index));
    last = match.index + match[0].length;
    if (match[1] !== undefined) {
      source += escapeRegExp(match[1]);
      continue;
    }
    const spec = TOKENS[match[0]]!;
    if (spec.parse === undefined) {
      throw new Error(`Token ${match[0]} cannot be parsed`);
    }
    source += `(${spec.parse})`;
    fields.push(spec.field);
  }
  source += escapeRegExp(pattern.slice(last));
  const compiled = { regex: new RegExp(`^${source}$`, 'i'), fields };
  compiledPatterns.set(pattern, compiled);
  return compiled;
}

/**
 * Parses text written in a token pattern: parse('14.03.2024', 'DD.MM.YYYY'). Month names are
 * accepted in any supported locale. Tokens that only repeat information (the weekday, the
 * quarter) are matched and ignored, not checked against the date.
 */
export function parse(input: string, pattern: string, localeCode?: string): CivilDate {
  const resolved = resolvePattern(pattern, getLocale(localeCode));
  const { regex, fields } = compile(resolved);
  const match = regex.exec(input.trim());
  if (match === null) {
    throw new DateParseError(input, `does not match ${resolved}`);
  }
  let year: number | undefined;
  let month: number | undefined;
  let day = 1;
  fields.forEach((field, index) => {
    const text = match[index + 1]!;
    switch (field) {
      case 'year':
        year = Number(text);
        break;
      case 'twoDigitYear':
        year = expandTwoDigitYear(Number(text));
        break;
      case 'month':
        month = Number(text);
        break;
      case 'monthName':
        month = monthFromName(text);
        if (month === undefined) {
          throw new DateParseError(input, `unknown month "${text}"`);
        }
        break;
      case 'day':
        day = Number(text);
        break;
      default:
        break;
    }
  });
  if (year === undefined || month === undefined) {
    throw new DateParseError(input, 'the pattern needs a year and a month');
  }
  return checked(input, year, month, day);
}

/** Like parse, but null instead of an exception: for validating form input as the user types. */
export function tryParse(input: string, pattern: string, localeCode?: string): CivilDate | null {
  try {
    return parse(input, pattern, localeCode);
  } catch (error) {
    if (error instanceof DateParseError) {
      return null;
    }
    throw error;
  }
}
