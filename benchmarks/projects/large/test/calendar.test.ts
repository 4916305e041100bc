import { describe, expect, it } from 'vitest';
import { daysInMonth, isLeapYear, parseIsoDate, parseIsoDateTime } from '../src/calendar';

describe('isLeapYear', () => {
  it.each([
    [2024, true],
    [2023, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [2400, true],
    [4, true],
  ])('%i: %s', (year, expected) => {
    expect(isLeapYear(year)).toBe(expected);
  });
});

describe('daysInMonth', () => {
  it.each([
    [2024, 1, 31],
    [2024, 2, 29],
    [2023, 2, 28],
    [1900, 2, 28],
    [2023, 3, 31],
    [2023, 4, 30],
    [2023, 5, 31],
    [2023, 6, 30],
    [2023, 7, 31],
    [2023, 8, 31],
    [2023, 9, 30],
    [2023, 10, 31],
    [2023, 11, 30],
    [2023, 12, 31],
    [2023, 0, 0],
    [2023, 13, 0],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseIsoDate', () => {
  it.each([
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['0001-01-01', { year: 1, month: 1, day: 1 }],
    ['1999-12-31', { year: 1999, month: 12, day: 31 }],
    ['2023-04-30', { year: 2023, month: 4, day: 30 }],
  ])('%s', (text, expected) => {
    expect(parseIsoDate(text)).toEqual(expected);
  });

  it.each([
    '2023-02-29',
    '2023-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-01-32',
    '2024-1-01',
    '2024/01/01',
    '2024-01/01',
    '20240101',
    '2024-01-0a',
    'y024-01-01',
    '2024-01-01T00:00',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('parseIsoDateTime', () => {
  it('parses hours and minutes', () => {
    expect(parseIsoDateTime('2024-02-29T12:30')).toEqual({
      year: 2024,
      month: 2,
      day: 29,
      hour: 12,
      minute: 30,
      second: 0,
      millisecond: 0,
      offsetMinutes: 0,
    });
  });

  it('parses seconds, milliseconds and an offset', () => {
    expect(parseIsoDateTime('2024-02-29 23:59:45.123+02:00')).toEqual({
      year: 2024,
      month: 2,
      day: 29,
      hour: 23,
      minute: 59,
      second: 45,
      millisecond: 123,
      offsetMinutes: 120,
    });
  });

  it.each([
    ['2024-02-29T12:30:00Z', 0],
    ['2024-02-29t12:30:00z', 0],
    ['2024-02-29T12:30:00-05:30', -330],
    ['2024-02-29T12:30:00+00:00', 0],
    ['2024-02-29T12:30+23:59', 1439],
    ['2024-02-29T12:30:00.500', 0],
  ])('%s has offset %i', (text, offset) => {
    expect(parseIsoDateTime(text)?.offsetMinutes).toBe(offset);
  });

  it.each([
    '2024-02-30T12:30',
    '2024-02-29',
    '2024-02-29T12',
    '2024-02-29T1:30',
    '2024-02-29X12:30',
    '2024-02-29T12-30',
    '2024-02-29T24:00',
    '2024-02-29T12:60',
    '2024-02-29T12:30:60',
    '2024-02-29T12:30:4',
    '2024-02-29T12:30:ab',
    '2024-02-29T12:30:00.',
    '2024-02-29T12:30:00.12Z',
    '2024-02-29T12:30:00.1234Z',
    '2024-02-29T12:30:00+0200',
    '2024-02-29T12:30:00+02',
    '2024-02-29T12:30:00+24:00',
    '2024-02-29T12:30:00+02:60',
    '2024-02-29T12:30:00 02:00',
    '2024-02-29T12:30:00+02-00',
    '2024-02-29T12:30:00ZZ',
  ])('rejects %j', (text) => {
    expect(parseIsoDateTime(text)).toBeUndefined();
  });
});
