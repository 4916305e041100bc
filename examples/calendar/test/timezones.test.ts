import { describe, expect, it } from 'vitest';
import {
  type LocalDateTime,
  ZONES,
  abbreviationAt,
  addDaysLocal,
  convert,
  formatOffset,
  getZone,
  localToUtc,
  offsetAt,
  parseOffset,
  utcToLocal,
} from '../src/timezones.js';

const at = (year: number, month: number, day: number, hours = 12, minutes = 0): LocalDateTime => ({
  date: { year, month, day },
  minutes: hours * 60 + minutes,
});

describe('getZone', () => {
  it('finds zones by id, in any case', () => {
    expect(getZone('europe/berlin').offset).toBe(60);
    expect(getZone('Asia/Kolkata').offset).toBe(330);
  });

  it('knows the old US names', () => {
    expect(getZone('US/Eastern').id).toBe('America/New_York');
  });

  it('refuses an unknown zone', () => {
    expect(() => getZone('Mars/Olympus_Mons')).toThrow('Unknown time zone "Mars/Olympus_Mons"');
  });
});

describe('the zone table', () => {
  it('has each zone once, with its offset, rule and abbreviations', () => {
    expect(ZONES.map((z) => `${z.id} ${z.offset} ${z.dst} ${z.abbreviations.join('/')}`)).toEqual([
      'UTC 0 none UTC/UTC',
      'Europe/London 0 eu GMT/BST',
      'Europe/Berlin 60 eu CET/CEST',
      'Europe/Paris 60 eu CET/CEST',
      'Europe/Moscow 180 none MSK/MSK',
      'Asia/Dubai 240 none GST/GST',
      'Asia/Kolkata 330 none IST/IST',
      'Asia/Singapore 480 none SGT/SGT',
      'Asia/Tokyo 540 none JST/JST',
      'Australia/Adelaide 570 au ACST/ACDT',
      'Australia/Sydney 600 au AEST/AEDT',
      'Pacific/Auckland 720 nz NZST/NZDT',
      'America/New_York -300 us EST/EDT',
      'America/Chicago -360 us CST/CDT',
      'America/Phoenix -420 none MST/MST',
      'America/Los_Angeles -480 us PST/PDT',
      'Pacific/Honolulu -600 none HST/HST',
    ]);
  });
});

describe('offsets through the year', () => {
  it.each([
    ['Europe/Berlin', at(2024, 1, 15), 60],
    ['Europe/Berlin', at(2024, 7, 15), 120],
    ['America/New_York', at(2024, 1, 15), -300],
    ['America/New_York', at(2024, 7, 15), -240],
    ['Australia/Sydney', at(2024, 1, 15), 660],
    ['Australia/Sydney', at(2024, 7, 15), 600],
    ['Pacific/Auckland', at(2024, 1, 15), 780],
  ])('%s at %o is %i', (zone, moment, offset) => {
    expect(offsetAt(zone, moment)).toBe(offset);
  });

  it('switches on the right Sunday', () => {
    expect(offsetAt('Europe/Paris', at(2024, 3, 30))).toBe(60);
    expect(offsetAt('Europe/Paris', at(2024, 3, 31))).toBe(120);
    expect(offsetAt('America/Chicago', at(2024, 11, 2))).toBe(-300);
    expect(offsetAt('America/Chicago', at(2024, 11, 4))).toBe(-360);
  });

  it('names the offset in force', () => {
    expect(abbreviationAt('Europe/Berlin', at(2024, 1, 15))).toBe('CET');
    expect(abbreviationAt('Europe/Berlin', at(2024, 7, 15))).toBe('CEST');
    expect(abbreviationAt('America/Los_Angeles', at(2024, 7, 15))).toBe('PDT');
  });
});

describe('conversions', () => {
  it('turns UTC into wall-clock time', () => {
    expect(utcToLocal('Asia/Kolkata', at(2024, 3, 14, 20, 0))).toEqual(at(2024, 3, 15, 1, 30));
    expect(utcToLocal('America/New_York', at(2024, 3, 14, 2, 0))).toEqual(at(2024, 3, 13, 22, 0));
  });

  it('turns wall-clock time into UTC', () => {
    expect(localToUtc('Europe/Berlin', at(2024, 7, 1, 9, 0))).toEqual(at(2024, 7, 1, 7, 0));
    expect(localToUtc('Europe/Berlin', at(2024, 1, 1, 9, 0))).toEqual(at(2024, 1, 1, 8, 0));
  });

  it('converts a meeting time between zones', () => {
    expect(convert(at(2024, 6, 3, 9, 0), 'Europe/Berlin', 'America/New_York')).toEqual(at(2024, 6, 3, 3, 0));
    expect(convert(at(2024, 6, 3, 9, 0), 'Europe/London', 'Asia/Tokyo')).toEqual(at(2024, 6, 3, 17, 0));
  });

  it('keeps the wall-clock time when moving by days', () => {
    expect(addDaysLocal(at(2024, 2, 28, 9, 30), 2)).toEqual(at(2024, 3, 1, 9, 30));
  });
});

describe('offset text', () => {
  it.each([
    [330, '+05:30'],
    [-300, '-05:00'],
  ])('formats %i as %s', (minutes, text) => {
    expect(formatOffset(minutes)).toBe(text);
  });

  it.each([
    ['+05:30', 330],
    ['+0530', 330],
    ['-03', -180],
    ['Z', 0],
  ])('parses %s as %i', (text, minutes) => {
    expect(parseOffset(text)).toBe(minutes);
  });

  it('rejects offsets that do not exist', () => {
    expect(() => parseOffset('+15:00')).toThrow('UTC offset out of range');
    expect(() => parseOffset('05:30')).toThrow('Not a UTC offset');
  });
});
