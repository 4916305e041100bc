export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface DateTimeParts extends DateParts {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Minutes east of UTC; 0 for `Z` and for a time written without an offset. */
  offsetMinutes: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month, `month` from 1 to 12; 0 for a month out of range. */
export function daysInMonth(year: number, month: number): number {
  if (month < 1 || month > 12) return 0;
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digits(text: string, start: number, length: number): number | undefined {
  if (start + length > text.length) return undefined;
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    n = n * 10 + (code - 48);
  }
  return n;
}

/** `YYYY-MM-DD`, strictly: real days only. */
export function parseIsoDate(text: string): DateParts | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function parseOffset(text: string): number | undefined {
  if (text === '' || text === 'Z' || text === 'z') return 0;
  const sign = text[0] === '+' ? 1 : text[0] === '-' ? -1 : 0;
  if (sign === 0 || text.length !== 6 || text[3] !== ':') return undefined;
  const hours = digits(text, 1, 2);
  const minutes = digits(text, 4, 2);
  if (hours === undefined || minutes === undefined || hours > 23 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/** `YYYY-MM-DDTHH:MM[:SS[.mmm]][Z|±HH:MM]`; `T` may also be a space. */
export function parseIsoDateTime(text: string): DateTimeParts | undefined {
  const date = parseIsoDate(text.slice(0, 10));
  if (date === undefined || text.length < 16) return undefined;
  const separator = text[10];
  if (separator !== 'T' && separator !== 't' && separator !== ' ') return undefined;
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  if (hour === undefined || minute === undefined || text[13] !== ':') return undefined;
  let second = 0;
  let millisecond = 0;
  let i = 16;
  if (text[i] === ':') {
    const s = digits(text, i + 1, 2);
    if (s === undefined) return undefined;
    second = s;
    i += 3;
    if (text[i] === '.') {
      const ms = digits(text, i + 1, 3);
      if (ms === undefined) return undefined;
      millisecond = ms;
      i += 4;
    }
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const offsetMinutes = parseOffset(text.slice(i));
  if (offsetMinutes === undefined) return undefined;
  return { ...date, hour, minute, second, millisecond, offsetMinutes };
}

export function toEpochMs(parts: DateTimeParts): number {
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond);
  return local - parts.offsetMinutes * 60_000;
}

export function formatIsoDate(parts: DateParts): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}
