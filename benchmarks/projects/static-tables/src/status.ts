/**
 * HTTP status codes: the registry of reason phrases, the classes of codes, and the few facts a
 * server or client needs about each (may the response carry a body, is it worth retrying).
 */

export type StatusClass =
  | 'informational'
  | 'success'
  | 'redirection'
  | 'client-error'
  | 'server-error';

export interface StatusEntry {
  readonly code: number;
  readonly phrase: string;
  /** A client may repeat the request later and expect a different outcome. */
  readonly retryable?: boolean;
  /** The response never carries a body (RFC 9110 §6.4.1). */
  readonly noBody?: boolean;
}

export const STATUS_ENTRIES: readonly StatusEntry[] = [
  { code: 100, phrase: 'Continue', noBody: true },
  { code: 200, phrase: 'OK' },
  { code: 204, phrase: 'No Content', noBody: true },
  { code: 301, phrase: 'Moved Permanently' },
  { code: 302, phrase: 'Found' },
  { code: 303, phrase: 'See Other' },
  { code: 304, phrase: 'Not Modified', noBody: true },
  { code: 307, phrase: 'Temporary Redirect' },
  { code: 308, phrase: 'Permanent Redirect' },
  { code: 400, phrase: 'Bad Request' },
  { code: 401, phrase: 'Unauthorized' },
  { code: 403, phrase: 'Forbidden' },
  { code: 404, phrase: 'Not Found' },
  { code: 408, phrase: 'Request Timeout', retryable: true },
  { code: 418, phrase: "I'm a Teapot" },
  { code: 429, phrase: 'Too Many Requests', retryable: true },
  { code: 500, phrase: 'Internal Server Error' },
  { code: 502, phrase: 'Bad Gateway', retryable: true },
  { code: 503, phrase: 'Service Unavailable', retryable: true },
];

/** Reason phrases by code, as `http.STATUS_CODES` has them. */
export const STATUS_TEXT: ReadonlyMap<number, string> = new Map(
  STATUS_ENTRIES.map((entry) => [entry.code, entry.phrase]),
);

/** `'Not Found'` → `'NOT_FOUND'`, `"I'm a Teapot"` → `'IM_A_TEAPOT'`. */
function constantName(phrase: string): string {
  return phrase
    .toUpperCase()
    .replace(/'/g, '')
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Codes by constant name: `STATUS.NOT_FOUND === 404`. */
export const STATUS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(STATUS_ENTRIES.map((entry) => [constantName(entry.phrase), entry.code])),
);

const CLASS_BOUNDS: ReadonlyArray<readonly [number, StatusClass]> = [
  [100, 'informational'],
  [200, 'success'],
  [300, 'redirection'],
  [400, 'client-error'],
  [500, 'server-error'],
];

const BY_CODE = new Map<number, StatusEntry>();
const BY_CLASS = new Map<StatusClass, number[]>();
for (const entry of STATUS_ENTRIES) {
  BY_CODE.set(entry.code, entry);
  const cls = statusClass(entry.code);
  if (cls === undefined) {
    throw new Error(`status table holds an impossible code ${entry.code}`);
  }
  const list = BY_CLASS.get(cls);
  if (list) {
    list.push(entry.code);
  } else {
    BY_CLASS.set(cls, [entry.code]);
  }
}

/** Redirects that carry a `Location` the client should follow. */
export const REDIRECT_CODES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export function statusClass(code: number): StatusClass | undefined {
  if (!Number.isInteger(code) || code < 100 || code > 599) {
    return undefined;
  }
  let found: StatusClass | undefined;
  for (const [lower, cls] of CLASS_BOUNDS) {
    if (code >= lower) {
      found = cls;
    }
  }
  return found;
}

export function statusText(code: number): string {
  const known = STATUS_TEXT.get(code);
  if (known !== undefined) {
    return known;
  }
  const cls = statusClass(code);
  if (cls === undefined) {
    throw new RangeError(`Invalid HTTP status code: ${code}`);
  }
  return `Unknown ${cls.replace('-', ' ')}`;
}

export function isKnownStatus(code: number): boolean {
  return BY_CODE.has(code);
}

export function codesInClass(cls: StatusClass): readonly number[] {
  return BY_CLASS.get(cls) ?? [];
}

export function isRetryable(code: number): boolean {
  return BY_CODE.get(code)?.retryable === true;
}

export function allowsBody(code: number): boolean {
  const entry = BY_CODE.get(code);
  if (entry) {
    return entry.noBody !== true;
  }
  return statusClass(code) !== 'informational';
}

export function isRedirect(code: number): boolean {
  return REDIRECT_CODES.has(code);
}
