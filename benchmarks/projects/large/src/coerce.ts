import { parseIsoDate, parseIsoDateTime, toEpochMs } from './calendar';
import { BooleanSchema } from './primitives';
import { DateSchema } from './date';
import { NumberSchema } from './number';
import { preprocess, type PreprocessSchema } from './schema';
import { StringSchema } from './string';

// Each converter returns its input unchanged when it cannot convert it, so that the schema after
// it reports the input's real type.

/** `" 1_000 "` → 1000, `"0x1f"` → 31, `true` → 1, a Date → its time; `""` stays a string. */
export function toNumber(input: unknown): unknown {
  if (typeof input === 'string') {
    const text = input.trim().replace(/_/g, '');
    if (text === '') return input;
    const n = Number(text);
    return Number.isNaN(n) ? input : n;
  }
  if (typeof input === 'boolean') return input ? 1 : 0;
  if (input instanceof Date) return input.getTime();
  if (typeof input === 'bigint') return Number(input);
  return input;
}

const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];

export function toBoolean(input: unknown): unknown {
  if (typeof input === 'string') {
    const word = input.trim().toLowerCase();
    if (TRUE_WORDS.includes(word)) return true;
    if (FALSE_WORDS.includes(word)) return false;
    return input;
  }
  if (input === 1 || input === 0) return input === 1;
  return input;
}

/** ISO dates (`2024-02-29`, as UTC midnight) and date-times, and epoch milliseconds. */
export function toDate(input: unknown): unknown {
  if (typeof input === 'number') return new Date(input);
  if (typeof input !== 'string') return input;
  const text = input.trim();
  const day = parseIsoDate(text);
  if (day !== undefined) return new Date(Date.UTC(day.year, day.month - 1, day.day));
  const moment = parseIsoDateTime(text);
  return new Date(moment === undefined ? Number.NaN : toEpochMs(moment));
}

export function toStringValue(input: unknown): unknown {
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  if (input instanceof Date && !Number.isNaN(input.getTime())) return input.toISOString();
  return input;
}

export const coerceNumber = (schema = new NumberSchema()): PreprocessSchema<number> => preprocess(toNumber, schema);
export const coerceBoolean = (schema = new BooleanSchema()): PreprocessSchema<boolean> => preprocess(toBoolean, schema);
export const coerceDate = (schema = new DateSchema()): PreprocessSchema<Date> => preprocess(toDate, schema);
export const coerceString = (schema = new StringSchema()): PreprocessSchema<string> => preprocess(toStringValue, schema);
