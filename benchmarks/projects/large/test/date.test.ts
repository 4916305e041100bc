import { describe, expect, it } from 'vitest';
import { date } from '../src/date';

const d = (text: string) => new Date(text);

describe('date type', () => {
  it('accepts valid dates', () => {
    const value = d('2024-05-01T00:00:00Z');
    expect(date().parse(value)).toBe(value);
  });

  it('rejects invalid dates', () => {
    expect(date().safeParse(new Date(Number.NaN))).toEqual({
      ok: false,
      issues: [{ code: 'invalid_date', path: [], message: 'Invalid date', params: {} }],
    });
  });

  it.each([
    ['2024-05-01', 'string'],
    [1714521600000, 'number'],
    [null, 'null'],
  ])('rejects %j', (input, received) => {
    expect(date().safeParse(input)).toMatchObject({ ok: false, issues: [{ code: 'invalid_type', message: `Expected date, received ${received}` }] });
  });
});

describe('min and max', () => {
  const start = d('2024-01-01T00:00:00Z');
  const end = d('2024-12-31T00:00:00Z');
  const schema = date().min(start).max(end);

  it.each([
    ['2024-01-01T00:00:00Z', true],
    ['2024-12-31T00:00:00Z', true],
    ['2024-06-15T12:00:00Z', true],
    ['2023-12-31T23:59:59.999Z', false],
    ['2024-12-31T00:00:00.001Z', false],
  ])('%s in 2024: %s', (text, ok) => {
    expect(schema.is(d(text))).toBe(ok);
  });

  it('names the bound day in the message', () => {
    expect(schema.safeParse(d('2023-06-01T00:00:00Z'))).toMatchObject({
      ok: false,
      issues: [{ code: 'too_small', message: 'Must be on or after 2024-01-01', params: { minimum: start } }],
    });
    expect(schema.safeParse(d('2025-06-01T00:00:00Z'))).toMatchObject({
      ok: false,
      issues: [{ code: 'too_big', message: 'Must be on or before 2024-12-31', params: { maximum: end } }],
    });
  });

  it('takes custom messages', () => {
    expect(date().min(start, 'Too early').safeParse(d('2000-01-01'))).toMatchObject({ ok: false, issues: [{ message: 'Too early' }] });
    expect(date().max(start, 'Too late').safeParse(d('2030-01-01'))).toMatchObject({ ok: false, issues: [{ message: 'Too late' }] });
  });
});
