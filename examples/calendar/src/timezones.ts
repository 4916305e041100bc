// UTC offsets for the time zones of a meeting planner, with the daylight-saving rules that cover
// them (the EU's, North America's, and two southern-hemisphere ones). Deliberately not the tz
// database: the planner needs "what time is it in Sydney", not the offset of Kyiv in 1941. Times
// are plain numbers too.

import { type CivilDate, SUNDAY, addDays, fromOrdinal, toOrdinal } from './dates.js';
import { nthWeekdayOfMonth } from './holidays.js';

/** A wall-clock moment: a date and minutes since midnight (0-1439). */
export interface LocalDateTime {
  readonly date: CivilDate;
  readonly minutes: number;
}

/**
 * - eu: from the last Sunday of March to the last Sunday of October, switching at 01:00 UTC;
 * - us: from the second Sunday of March to the first Sunday of November, at 02:00 local time;
 * - au: the southern summer, from the first Sunday of October to the first Sunday of April, at
 *   02:00 local standard time (03:00 daylight time when it ends);
 * - nz: likewise, from the last Sunday of September to the first Sunday of April;
 * - none: no daylight saving time.
 */
export type DstRule = 'eu' | 'us' | 'au' | 'nz' | 'none';

export interface TimeZone {
  readonly id: string;
  /** Standard-time offset from UTC, in minutes east. */
  readonly offset: number;
  readonly dst: DstRule;
  /** Abbreviations for standard and daylight time, as printed on timetables. */
  readonly abbreviations: readonly [string, string];
}

export const ZONES: readonly TimeZone[] = [
  { id: 'UTC', offset: 0, dst: 'none', abbreviations: ['UTC', 'UTC'] },
  { id: 'Europe/London', offset: 0, dst: 'eu', abbreviations: ['GMT', 'BST'] },
  { id: 'Europe/Berlin', offset: 60, dst: 'eu', abbreviations: ['CET', 'CEST'] },
  { id: 'Europe/Paris', offset: 60, dst: 'eu', abbreviations: ['CET', 'CEST'] },
  { id: 'Europe/Moscow', offset: 180, dst: 'none', abbreviations: ['MSK', 'MSK'] },
  { id: 'Asia/Dubai', offset: 240, dst: 'none', abbreviations: ['GST', 'GST'] },
  { id: 'Asia/Kolkata', offset: 330, dst: 'none', abbreviations: ['IST', 'IST'] },
  { id: 'Asia/Singapore', offset: 480, dst: 'none', abbreviations: ['SGT', 'SGT'] },
  { id: 'Asia/Tokyo', offset: 540, dst: 'none', abbreviations: ['JST', 'JST'] },
  { id: 'Australia/Adelaide', offset: 570, dst: 'au', abbreviations: ['ACST', 'ACDT'] },
  { id: 'Australia/Sydney', offset: 600, dst: 'au', abbreviations: ['AEST', 'AEDT'] },
  { id: 'Pacific/Auckland', offset: 720, dst: 'nz', abbreviations: ['NZST', 'NZDT'] },
  { id: 'America/New_York', offset: -300, dst: 'us', abbreviations: ['EST', 'EDT'] },
  { id: 'America/Chicago', offset: -360, dst: 'us', abbreviations: ['CST', 'CDT'] },
  { id: 'America/Phoenix', offset: -420, dst: 'none', abbreviations: ['MST', 'MST'] },
  { id: 'America/Los_Angeles', offset: -480, dst: 'us', abbreviations: ['PST', 'PDT'] },
  { id: 'Pacific/Honolulu', offset: -600, dst: 'none', abbreviations: ['HST', 'HST'] },
];

const ZONE_BY_ID: ReadonlyMap<string, TimeZone> = new Map(ZONES.map((zone) => [zone.id.toLowerCase(), zone]));

/** Old and informal names still found in user settings. */
const ZONE_ALIASES: Readonly<Record<string, string>> = {
  'us/eastern': 'America/New_York',
  'us/central': 'America/Chicago',
  'us/pacific': 'America/Los_Angeles',
  'us/hawaii': 'Pacific/Honolulu',
  'us/arizona': 'America/Phoenix',
  'asia/calcutta': 'Asia/Kolkata',
  gmt: 'UTC',
  zulu: 'UTC',
};

export function getZone(id: string): TimeZone {
  const key = id.trim().toLowerCase();
  const zone = ZONE_BY_ID.get(ZONE_ALIASES[key]?.toLowerCase() ?? key);
  if (zone === undefined) {
    throw new Error(`Unknown time zone "${id}"`);
  }
  return zone;
}

const MINUTES_PER_DAY = 1440;

/** Minutes since the epoch (1970-01-01 00:00) of a wall-clock moment, ignoring offsets. */
function toEpochMinutes(local: LocalDateTime): number {
  return toOrdinal(local.date) * MINUTES_PER_DAY + local.minutes;
}

function fromEpochMinutes(total: number): LocalDateTime {
  const days = Math.floor(total / MINUTES_PER_DAY);
  return { date: fromOrdinal(days), minutes: total - days * MINUTES_PER_DAY };
}

/** The UTC instants (epoch minutes) at which daylight time starts and ends in a year. */
function dstWindow(zone: TimeZone, year: number): { start: number; end: number } | undefined {
  switch (zone.dst) {
    case 'none':
      return undefined;
    case 'eu': {
      const start = nthWeekdayOfMonth(year, 3, SUNDAY, -1)!;
      const end = nthWeekdayOfMonth(year, 10, SUNDAY, -1)!;
      return { start: toEpochMinutes({ date: start, minutes: 60 }), end: toEpochMinutes({ date: end, minutes: 60 }) };
    }
    case 'us': {
      const start = nthWeekdayOfMonth(year, 3, SUNDAY, 2)!;
      const end = nthWeekdayOfMonth(year, 11, SUNDAY, 1)!;
      // 02:00 local standard time on the way in, 02:00 local daylight time on the way out.
      return {
        start: toEpochMinutes({ date: start, minutes: 120 }) - zone.offset,
        end: toEpochMinutes({ date: end, minutes: 120 }) - zone.offset - 60,
      };
    }
    case 'au':
    case 'nz': {
      // Southern hemisphere: the window runs over New Year, so "start" is in the spring.
      const start =
        zone.dst === 'au' ? nthWeekdayOfMonth(year, 10, SUNDAY, 1)! : nthWeekdayOfMonth(year, 9, SUNDAY, -1)!;
      const end = nthWeekdayOfMonth(year, 4, SUNDAY, 1)!;
      return {
        start: toEpochMinutes({ date: start, minutes: 120 }) - zone.offset,
        end: toEpochMinutes({ date: end, minutes: 180 }) - zone.offset - 60,
      };
    }
  }
}

/** Whether daylight saving time is in force at a UTC instant (epoch minutes). */
function isDstAt(zone: TimeZone, utcMinutes: number): boolean {
  const year = fromEpochMinutes(utcMinutes).date.year;
  const window = dstWindow(zone, year);
  if (window === undefined) {
    return false;
  }
  if (zone.dst === 'au' || zone.dst === 'nz') {
    // In force outside the April-October gap.
    return utcMinutes < window.end || utcMinutes >= window.start;
  }
  return utcMinutes >= window.start && utcMinutes < window.end;
}

/** The offset from UTC, in minutes, in force at a UTC moment. */
export function offsetAt(zoneId: string, utc: LocalDateTime): number {
  const zone = getZone(zoneId);
  return zone.offset + (isDstAt(zone, toEpochMinutes(utc)) ? 60 : 0);
}

/** The abbreviation in force at a UTC moment: "CET" in January, "CEST" in July. */
export function abbreviationAt(zoneId: string, utc: LocalDateTime): string {
  const zone = getZone(zoneId);
  return zone.abbreviations[isDstAt(zone, toEpochMinutes(utc)) ? 1 : 0];
}

/** A UTC moment as wall-clock time in a zone. */
export function utcToLocal(zoneId: string, utc: LocalDateTime): LocalDateTime {
  return fromEpochMinutes(toEpochMinutes(utc) + offsetAt(zoneId, utc));
}

/**
 * A wall-clock time in a zone as UTC. Times in the spring-forward gap do not exist; they are read
 * with the standard offset, which moves them forward by an hour, as most calendar apps do. Times
 * in the autumn overlap happen twice; the first (daylight) one is taken.
 */
export function localToUtc(zoneId: string, local: LocalDateTime): LocalDateTime {
  const zone = getZone(zoneId);
  const wall = toEpochMinutes(local);
  const asDaylight = wall - zone.offset - 60;
  if (isDstAt(zone, asDaylight)) {
    return fromEpochMinutes(asDaylight);
  }
  return fromEpochMinutes(wall - zone.offset);
}

/** Converts a wall-clock time from one zone to another: "09:00 in Berlin is 03:00 in New York". */
export function convert(local: LocalDateTime, fromZone: string, toZone: string): LocalDateTime {
  return utcToLocal(toZone, localToUtc(fromZone, local));
}

/** "+05:30", "-03:00", "Z" for zero when zulu is set (as in ISO 8601 timestamps). */
export function formatOffset(minutes: number, zulu = false): string {
  if (minutes === 0 && zulu) {
    return 'Z';
  }
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const mins = String(abs % 60).padStart(2, '0');
  return `${sign}${hours}:${mins}`;
}

const OFFSET_RE = /^(?:Z|([+-])(\d{2}):?(\d{2})?)$/i;

/** Parses "+05:30", "+0530", "-03", "Z"; offsets beyond ±14:00 do not exist on Earth. */
export function parseOffset(text: string): number {
  const match = OFFSET_RE.exec(text.trim());
  if (match === null) {
    throw new Error(`Not a UTC offset: "${text}"`);
  }
  if (match[1] === undefined) {
    return 0;
  }
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (minutes >= 60 || hours * 60 + minutes > 14 * 60) {
    throw new Error(`UTC offset out of range: "${text}"`);
  }
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** The same wall-clock time a number of days later, as a recurring meeting keeps its local hour. */
export function addDaysLocal(local: LocalDateTime, days: number): LocalDateTime {
  return { date: addDays(local.date, days), minutes: local.minutes };
}
