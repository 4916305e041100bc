import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../src/dates.js';
import { formatISO } from '../src/format.js';
import { expand, formatRRule, parseRRule } from '../src/recurrence.js';

const d = (year: number, month: number, day: number): CivilDate => ({ year, month, day });
const iso = (dates: CivilDate[]): string[] => dates.map(formatISO);

describe('parseRRule', () => {
  it('reads a weekly rule with days and a count', () => {
    expect(parseRRule('RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10')).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byDay: [1, 3],
      count: 10,
    });
  });

  it('reads a numbered weekday', () => {
    expect(parseRRule('FREQ=MONTHLY;BYDAY=2TU')).toEqual({ freq: 'MONTHLY', interval: 1, byDay: [2], bySetPos: 2 });
  });

  it('reads UNTIL as a date, with or without a time', () => {
    expect(parseRRule('FREQ=DAILY;UNTIL=20241231').until).toEqual(d(2024, 12, 31));
    expect(parseRRule('freq=daily;until=20241231T235959Z').until).toEqual(d(2024, 12, 31));
  });

  it.each([
    ['FREQ=HOURLY', 'FREQ must be one of DAILY, WEEKLY, MONTHLY, YEARLY'],
    ['FREQ=DAILY;INTERVAL=0', 'INTERVAL must be a positive whole number, got "0"'],
    ['FREQ=DAILY;COUNT=3;UNTIL=20240101', 'COUNT and UNTIL cannot both be given'],
    ['FREQ=DAILY;BYHOUR=9', 'Unsupported rule part BYHOUR'],
    ['FREQ=DAILY;FREQ=WEEKLY', 'FREQ given twice'],
    ['FREQ=WEEKLY;BYDAY=XX', 'Bad BYDAY value "XX"'],
    ['FREQ=MONTHLY;BYMONTHDAY=32', 'BYMONTHDAY must be 1 to 31'],
  ])('rejects %s', (text, message) => {
    expect(() => parseRRule(text)).toThrow(message);
  });
});

describe('formatRRule', () => {
  it('writes a rule back', () => {
    expect(formatRRule({ freq: 'WEEKLY', interval: 2, byDay: [1, 3], count: 10 })).toBe(
      'FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=MO,WE',
    );
  });

  it('leaves out the default interval', () => {
    expect(formatRRule({ freq: 'DAILY', interval: 1, until: d(2024, 12, 31) })).toBe('FREQ=DAILY;UNTIL=20241231');
  });

  it('round-trips a numbered weekday', () => {
    const text = 'FREQ=MONTHLY;BYDAY=-1FR';
    expect(formatRRule(parseRRule(text))).toBe(text);
  });
});

describe('expand', () => {
  it('repeats daily with an interval', () => {
    expect(iso(expand(d(2024, 2, 27), { freq: 'DAILY', interval: 2, count: 3 }))).toEqual([
      '2024-02-27',
      '2024-02-29',
      '2024-03-02',
    ]);
  });

  it('repeats weekly on the given days, starting at the start', () => {
    const rule = parseRRule('FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4');
    expect(iso(expand(d(2024, 3, 13), rule))).toEqual(['2024-03-13', '2024-03-18', '2024-03-20', '2024-03-25']);
  });

  it('skips months without the day', () => {
    expect(iso(expand(d(2024, 1, 31), { freq: 'MONTHLY', interval: 1, count: 4 }))).toEqual([
      '2024-01-31',
      '2024-03-31',
      '2024-05-31',
      '2024-07-31',
    ]);
  });

  it('finds the second Tuesday of each month', () => {
    expect(iso(expand(d(2024, 1, 9), parseRRule('FREQ=MONTHLY;BYDAY=2TU;COUNT=3')))).toEqual([
      '2024-01-09',
      '2024-02-13',
      '2024-03-12',
    ]);
  });

  it('repeats on several days of the month', () => {
    expect(iso(expand(d(2024, 1, 10), parseRRule('FREQ=MONTHLY;BYMONTHDAY=15,1;COUNT=3')))).toEqual([
      '2024-01-15',
      '2024-02-01',
      '2024-02-15',
    ]);
  });

  it('keeps a leap-day birthday in leap years', () => {
    expect(iso(expand(d(2024, 2, 29), { freq: 'YEARLY', interval: 1, count: 2 }))).toEqual([
      '2024-02-29',
      '2028-02-29',
    ]);
  });

  it('stops at UNTIL', () => {
    const dates = expand(d(2024, 1, 1), parseRRule('FREQ=WEEKLY;UNTIL=20240201'));
    expect(dates).toHaveLength(5);
  });

  it('stops at the default horizon without COUNT or UNTIL', () => {
    const dates = expand(d(2024, 1, 1), { freq: 'MONTHLY', interval: 1 });
    expect(dates).toHaveLength(25);
  });

  it('stops at the limit', () => {
    expect(expand(d(2024, 1, 1), { freq: 'DAILY', interval: 1 }, 10)).toHaveLength(10);
  });
});
