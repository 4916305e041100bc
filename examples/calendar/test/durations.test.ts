import { describe, expect, it } from 'vitest';
import {
  DurationError,
  ZERO,
  addDuration,
  duration,
  formatDuration,
  fromSeconds,
  humanize,
  negate,
  parseDuration,
  toSeconds,
} from '../src/durations.js';

describe('parseDuration', () => {
  it('reads every field', () => {
    expect(parseDuration('P1Y2M3W4DT5H6M7S')).toEqual({
      negative: false,
      years: 1,
      months: 2,
      weeks: 3,
      days: 4,
      hours: 5,
      minutes: 6,
      seconds: 7,
    });
  });

  it.each([
    ['PT36H', { hours: 36 }],
    ['P1M', { months: 1 }],
    ['PT1M', { minutes: 1 }],
    ['P0.5D', { days: 0.5 }],
    ['PT1,5S', { seconds: 1.5 }],
  ])('reads %s', (text, fields) => {
    expect(parseDuration(text)).toEqual({ ...ZERO, ...fields });
  });

  it('reads a sign', () => {
    expect(parseDuration('-P3D').negative).toBe(true);
    expect(parseDuration('+P3D').negative).toBe(false);
  });

  it.each(['P', 'PT', 'P1DT', 'P1H', 'PT1D', 'P1.5DT2H'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow(DurationError);
  });
});

describe('formatDuration', () => {
  it.each([
    [{ years: 1, months: 2, days: 10, hours: 2, minutes: 30 }, 'P1Y2M10DT2H30M'],
    [{ minutes: 5 }, 'PT5M'],
    [{}, 'PT0S'],
  ])('writes %o as %s', (fields, text) => {
    expect(formatDuration(duration(fields))).toBe(text);
  });

  it('writes a negative duration', () => {
    expect(formatDuration(negate(duration({ days: 3 })))).toBe('-P3D');
  });

  it('round-trips', () => {
    for (const text of ['P1Y', 'PT1H1M1S', 'P3W', '-P1Y6M', 'P2DT12H']) {
      expect(formatDuration(parseDuration(text))).toBe(text);
    }
  });
});

describe('duration', () => {
  it('rejects negative and infinite fields', () => {
    expect(() => duration({ days: -1 })).toThrow('days must be a finite number of zero or more, got -1');
    expect(() => duration({ hours: Infinity })).toThrow(DurationError);
  });
});

describe('seconds', () => {
  it('converts with nominal lengths', () => {
    expect(toSeconds(parseDuration('PT1H30M'))).toBe(5400);
    expect(toSeconds(parseDuration('P1W'))).toBe(604800);
    expect(toSeconds(parseDuration('-P1D'))).toBe(-86400);
  });

  it('splits seconds into days, hours, minutes and seconds', () => {
    expect(fromSeconds(90061)).toEqual({ ...ZERO, days: 1, hours: 1, minutes: 1, seconds: 1 });
    expect(fromSeconds(-60).negative).toBe(true);
  });
});

describe('addDuration', () => {
  it('adds months before days', () => {
    expect(addDuration({ year: 2024, month: 1, day: 31 }, parseDuration('P1M1D'))).toEqual({
      year: 2024,
      month: 3,
      day: 1,
    });
  });

  it('adds weeks and years', () => {
    expect(addDuration({ year: 2024, month: 2, day: 29 }, parseDuration('P1Y1W'))).toEqual({
      year: 2025,
      month: 3,
      day: 7,
    });
  });

  it('subtracts a negative duration', () => {
    expect(addDuration({ year: 2024, month: 3, day: 1 }, parseDuration('-P1D'))).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
  });

  it('refuses hours', () => {
    expect(() => addDuration({ year: 2024, month: 3, day: 1 }, parseDuration('PT1H'))).toThrow(
      'Cannot add hours, minutes or seconds to a date',
    );
  });

  it('refuses half days', () => {
    expect(() => addDuration({ year: 2024, month: 3, day: 1 }, parseDuration('P0.5D'))).toThrow(DurationError);
  });
});

describe('humanize', () => {
  it('says the two largest units in English', () => {
    expect(humanize(parseDuration('P1Y2M3D'))).toBe('1 year and 2 months');
    expect(humanize(parseDuration('P2DT1H'))).toBe('2 days and 1 hour');
  });

  it('names every unit, in the singular for one', () => {
    expect(humanize(parseDuration('P1Y1M1W1DT1H1M1S'), 'en', 7)).toBe(
      '1 year, 1 month, 1 week, 1 day, 1 hour, 1 minute and 1 second',
    );
    expect(humanize(parseDuration('P2Y2M2W2DT2H2M2S'), 'en-GB', 7)).toBe(
      '2 years, 2 months, 2 weeks, 2 days, 2 hours, 2 minutes and 2 seconds',
    );
  });

  it('says more parts when asked', () => {
    expect(humanize(parseDuration('P1Y2M3D'), 'en', 3)).toBe('1 year, 2 months and 3 days');
  });

  it('speaks German', () => {
    expect(humanize(parseDuration('P1Y2M'), 'de')).toBe('1 Jahr und 2 Monate');
    expect(humanize(parseDuration('P3DT1H'), 'de')).toBe('3 Tage und 1 Stunde');
  });

  it('falls back to English words for languages without them', () => {
    expect(humanize(parseDuration('P2W'), 'es')).toBe('2 weeks');
  });

  it('says nothing as zero seconds', () => {
    expect(humanize(ZERO)).toBe('0 seconds');
  });
});
