import { describe, expect, it } from 'vitest';
import { coerceBoolean, coerceDate, coerceNumber, toBoolean, toDate, toNumber } from '../src/coerce';
import { number } from '../src/number';

describe('toNumber', () => {
  it.each([
    [' 42 ', 42],
    ['1_000', 1000],
    ['0x1f', 31],
    ['1e3', 1000],
    ['-0.5', -0.5],
    ['Infinity', Number.POSITIVE_INFINITY],
    [true, 1],
    [false, 0],
    [10n, 10],
    [7, 7],
  ])('%s → %d', (input, expected) => {
    expect(toNumber(input)).toBe(expected);
  });

  it('converts a Date to its time', () => {
    expect(toNumber(new Date(1234))).toBe(1234);
  });

  it.each(['', '   ', 'abc', '12px', null, undefined])('leaves %j as it is', (input) => {
    expect(toNumber(input)).toBe(input);
  });

  it('leaves objects as they are', () => {
    const input = { n: 1 };
    expect(toNumber(input)).toBe(input);
  });
});

describe('coerceNumber', () => {
  it('parses numeric strings', () => {
    expect(coerceNumber().parse('12.5')).toBe(12.5);
  });

  it('reports what could not be converted with its own type', () => {
    expect(coerceNumber().safeParse('')).toMatchObject({ ok: false, issues: [{ message: 'Expected number, received string' }] });
    expect(coerceNumber().safeParse(null)).toMatchObject({ ok: false, issues: [{ message: 'Expected number, received null' }] });
  });

  it('applies the given schema', () => {
    expect(coerceNumber(number().int()).safeParse('1.5')).toMatchObject({ ok: false, issues: [{ code: 'not_integer' }] });
    expect(coerceNumber().safeParse('Infinity')).toMatchObject({ ok: false, issues: [{ code: 'not_finite' }] });
  });
});

describe('toBoolean', () => {
  it.each(['true', 'YES', ' on ', '1', 'True', 1, true])('%j → true', (input) => {
    expect(toBoolean(input)).toBe(true);
  });

  it.each(['false', 'No', 'OFF', '0', ' false ', 0, false])('%j → false', (input) => {
    expect(toBoolean(input)).toBe(false);
  });

  it.each(['', 'maybe', 'y', 2, -1, null, undefined])('leaves %j as it is', (input) => {
    expect(toBoolean(input)).toBe(input);
  });

  it('coerceBoolean validates the result', () => {
    expect(coerceBoolean().parse('yes')).toBe(true);
    expect(coerceBoolean().safeParse('maybe')).toMatchObject({ ok: false, issues: [{ message: 'Expected boolean, received string' }] });
  });
});

describe('toDate', () => {
  const iso = (value: unknown) => (value as Date).toISOString();

  it('reads epoch milliseconds', () => {
    expect(iso(toDate(0))).toBe('1970-01-01T00:00:00.000Z');
    expect(iso(toDate(86_400_000))).toBe('1970-01-02T00:00:00.000Z');
  });

  it('reads an ISO date as UTC midnight', () => {
    expect(iso(toDate('2024-02-29'))).toBe('2024-02-29T00:00:00.000Z');
    expect(iso(toDate(' 2024-03-01 '))).toBe('2024-03-01T00:00:00.000Z');
  });

  it('reads an ISO date-time with its offset', () => {
    expect(iso(toDate('2024-02-29T12:00:00+01:00'))).toBe('2024-02-29T11:00:00.000Z');
    expect(iso(toDate('2024-02-29T12:00'))).toBe('2024-02-29T12:00:00.000Z');
  });

  it.each(['garbage', '2023-02-29', '2024-02-29T25:00', ''])('makes an invalid date of %j', (input) => {
    const value = toDate(input);
    expect(value).toBeInstanceOf(Date);
    expect(Number.isNaN((value as Date).getTime())).toBe(true);
  });

  it('leaves other values as they are', () => {
    const date = new Date(5);
    expect(toDate(date)).toBe(date);
    expect(toDate(null)).toBeNull();
    expect(toDate(true)).toBe(true);
  });

  it('coerceDate reports invalid and unconvertible input', () => {
    expect(coerceDate().parse('2024-01-15').getTime()).toBe(Date.UTC(2024, 0, 15));
    expect(coerceDate().safeParse('nope')).toMatchObject({ ok: false, issues: [{ code: 'invalid_date' }] });
    expect(coerceDate().safeParse(null)).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', message: 'Expected date, received null' }] });
  });
});
