export type MessageOverrides = Partial<Record<string, string>>;

/** Message templates by key; a key's prefixes (`too_small.number` → `too_small`) are its fallbacks. */
export const DEFAULT_MESSAGES: Record<string, string> = {
  invalid_type: 'Expected {expected}, received {received}',
  'too_small.string': 'Must contain at least {minimum} {minimum|character|characters}',
  'too_small.array': 'Must contain at least {minimum} {minimum|item|items}',
  'too_small.object': 'Must have at least {minimum} {minimum|key|keys}',
  'too_small.number': 'Must be greater than or equal to {minimum}',
  'too_small.number.exclusive': 'Must be greater than {minimum}',
  'too_small.date': 'Must be on or after {minimum}',
  too_small: 'Value is too small',
  'too_big.string': 'Must contain at most {maximum} {maximum|character|characters}',
  'too_big.array': 'Must contain at most {maximum} {maximum|item|items}',
  'too_big.object': 'Must have at most {maximum} {maximum|key|keys}',
  'too_big.number': 'Must be less than or equal to {maximum}',
  'too_big.number.exclusive': 'Must be less than {maximum}',
  'too_big.date': 'Must be on or before {maximum}',
  too_big: 'Value is too big',
  'invalid_length.string': 'Must contain exactly {exact} {exact|character|characters}',
  'invalid_length.array': 'Must contain exactly {exact} {exact|item|items}',
  invalid_length: 'Invalid length',
  'invalid_string.starts_with': 'Must start with "{prefix}"',
  'invalid_string.ends_with': 'Must end with "{suffix}"',
  'invalid_string.includes': 'Must include "{substring}"',
  invalid_string: 'Invalid {validation}',
  invalid_literal: 'Expected {expected}',
  'invalid_enum.suggestion': 'Expected one of {options}, received {received}; did you mean {suggestion}?',
  invalid_enum: 'Expected one of {options}, received {received}',
  unrecognized_keys: 'Unrecognized {count|key|keys}: {keys}',
  invalid_union: 'Invalid input: expected {expected}',
  invalid_discriminator: 'Invalid discriminator "{key}": expected one of {options}',
  invalid_intersection: 'Intersection results could not be merged',
  invalid_date: 'Invalid date',
  not_multiple_of: 'Must be a multiple of {multipleOf}',
  not_finite: 'Must be finite',
  not_integer: 'Expected integer, received float',
  duplicate_items: 'Items must be unique: index {index} repeats index {first}',
  custom: 'Invalid value',
};

function formatParam(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatParam).join(', ');
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'bigint') return `${value}n`;
  return String(value);
}

/**
 * Fills `{name}` from params, and `{name|one|many}` with `one` when params[name] is 1 (or -1),
 * `many` otherwise. Unknown names are left as written.
 */
export function interpolate(template: string, params: Record<string, unknown>): string {
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, many?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (one !== undefined && many !== undefined) {
      return Math.abs(Number(value)) === 1 ? one : many;
    }
    return formatParam(value);
  });
}

/** `a.b.c`, then `a.b`, then `a`. */
export function fallbackKeys(key: string): string[] {
  const parts = key.split('.');
  const keys: string[] = [];
  for (let n = parts.length; n > 0; n--) keys.push(parts.slice(0, n).join('.'));
  return keys;
}

export function resolveMessage(key: string, params: Record<string, unknown>, overrides?: MessageOverrides): string {
  for (const candidate of fallbackKeys(key)) {
    const template = overrides?.[candidate] ?? DEFAULT_MESSAGES[candidate];
    if (template !== undefined) return interpolate(template, params);
  }
  return interpolate(DEFAULT_MESSAGES.custom!, params);
}

/** A short name for what a value is, for "received …" in messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid date' : 'date';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'nan';
    if (!Number.isFinite(value)) return value > 0 ? 'infinity' : '-infinity';
  }
  return typeof value;
}

/** A literal as it appears in messages: strings quoted, bigints suffixed. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  return String(value);
}
