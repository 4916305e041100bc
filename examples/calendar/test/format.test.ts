import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../src/dates.js';
import {
  DateParseError,
  expandTwoDigitYear,
  format,
  parse,
  parseISO,
} from '../src/format.js';

const pi: CivilDate = { year: 2024, month: 3, day: 14 };

describe('format tokens', () => {
  it.each([
    ['YYYY-MM-DD', '2024-03-14'],
    ['YY/M/D', '24/3/14'],
    ['MMMM Do', 'March 14th'],
    ['dddd', 'Thursday'],
    ['[Q]Q', 'Q1'],
  ])('%s gives %s', (pattern, expected) => {
    expect(format(pi, pattern)).toBe(expected);
  });

  it('copies bracketed text literally, even when it looks like tokens', () => {
    expect(format(pi, '[Day] D [of] MMMM')).toBe('Day 14 of March');
  });

  it('pads small years', () => {
    expect(format({ year: 987, month: 1, day: 2 }, 'YYYY-MM-DD')).toBe('0987-01-02');
  });
});

describe('presets', () => {
  it.each([
    ['iso', '2024-03-14'],
    ['isoWeek', '2024-W11-4'],
    ['basic', '20240314'],
    ['rfc2822', 'Thu, 14 Mar 2024'],
  ])('%s gives %s', (preset, expected) => {
    expect(format(pi, preset)).toBe(expected);
  });

  it('keeps RFC 2822 in English whatever the locale', () => {
    expect(format(pi, 'rfc2822', 'de')).toBe('Thu, 14 Mar 2024');
  });
});

describe('locale formats', () => {
  it.each([
    ['en-US', 'short', '03/14/2024'],
    ['en-GB', 'short', '14/03/2024'],
    ['de-DE', 'short', '14.03.2024'],
    ['en-US', 'long', 'March 14, 2024'],
    ['de-DE', 'long', '14. März 2024'],
    ['fr-FR', 'full', 'jeudi 14 mars 2024'],
  ])('%s %s is %s', (locale, name, expected) => {
    expect(format(pi, name, locale)).toBe(expected);
  });

  it('writes the French first of the month', () => {
    expect(format({ year: 2024, month: 5, day: 1 }, 'Do MMMM', 'fr')).toBe('1er mai');
  });
});

describe('parseISO', () => {
  it.each([
    ['2024-03-14', pi],
    ['  2024-03-14 ', pi],
    ['20240314', pi],
    ['2024-074', pi],
  ])('reads %s', (text, expected) => {
    expect(parseISO(text)).toEqual(expected);
  });

  it.each(['2024-02-30', '2023-366', '14/03/2024', '2024-03-14T10:00'])('rejects %j', (text) => {
    expect(() => parseISO(text)).toThrow(DateParseError);
  });

  it('says why it failed', () => {
    expect(() => parseISO('2024-02-30')).toThrow('Cannot parse "2024-02-30" as a date: no such day');
    expect(() => parseISO('yesterday')).toThrow('not an ISO 8601 date');
  });
});

describe('parse with a pattern', () => {
  it.each([
    ['14.03.2024', 'DD.MM.YYYY', pi],
    ['14 March 2024', 'D MMMM YYYY', pi],
    ['14 März 2024', 'D MMMM YYYY', pi],
    ['Mar 14, 2024', 'MMM D, YYYY', pi],
    ['Thursday, March 14, 2024', 'dddd, MMMM D, YYYY', pi],
  ])('reads %s as %s', (text, pattern, expected) => {
    expect(parse(text, pattern)).toEqual(expected);
  });

  it('reads a locale format by name', () => {
    expect(parse('14/03/2024', 'short', 'en-GB')).toEqual(pi);
    expect(parse('14. März 2024', 'long', 'de')).toEqual(pi);
  });

  it('defaults the day to the first when the pattern has none', () => {
    expect(parse('March 2024', 'MMMM YYYY')).toEqual({ year: 2024, month: 3, day: 1 });
  });

  it('rejects text that does not fit the pattern', () => {
    expect(() => parse('2024-03-14', 'DD.MM.YYYY')).toThrow('does not match DD.MM.YYYY');
  });

  it('rejects an unknown month name', () => {
    expect(() => parse('14 Smarch 2024', 'D MMMM YYYY')).toThrow('unknown month "Smarch"');
  });

  it('needs a year', () => {
    expect(() => parse('14.03', 'DD.MM')).toThrow(DateParseError);
  });

  it('refuses tokens it cannot read back', () => {
    expect(() => parse('14th March', 'Do MMMM')).toThrow('Token Do cannot be parsed');
  });
});

describe('two-digit years', () => {
  it('reads small numbers as this century and large ones as the last', () => {
    expect(expandTwoDigitYear(24)).toBe(2024);
    expect(expandTwoDigitYear(75)).toBe(1975);
  });
});
