/**
 * Content negotiation: picking a media type or a content coding from what a client's `Accept`
 * and `Accept-Encoding` headers ask for and what the server has.
 */

import { lookup, parseMediaType } from './mime';

export interface Preference {
  readonly value: string;
  readonly q: number;
  /** How specific the range is: higher wins over a wildcard at equal q. */
  readonly specificity: number;
}

/** Encodings in the order a server prefers them when the client likes several equally. */
export const ENCODING_PREFERENCE: readonly string[] = ['br', 'gzip', 'deflate', 'identity'];

const Q_VALUE = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

export function parseAcceptList(header: string): Preference[] {
  const prefs: Preference[] = [];
  header.split(',').forEach((item) => {
    const [rawValue = '', ...params] = item.split(';').map((part) => part.trim());
    if (rawValue === '') {
      return;
    }
    let q = 1;
    for (const param of params) {
      const match = Q_VALUE.exec(param);
      if (match) {
        q = Number(match[1]);
      }
    }
    const value = rawValue.toLowerCase();
    const specificity = value === '*' ? 0 : value.endsWith('/*') ? 1 : 2;
    prefs.push({ value, q, specificity });
  });
  // Array.prototype.sort is stable: equal preferences keep the header's order.
  return prefs.sort((a, b) => b.q - a.q || b.specificity - a.specificity);
}

function mediaRangeMatches(range: string, type: string): boolean {
  if (range === '*/*') {
    return true;
  }
  const parsed = parseMediaType(type);
  if (range.endsWith('/*')) {
    return range.slice(0, -2) === parsed.type;
  }
  return range === `${parsed.type}/${parsed.subtype}`;
}

/** The most specific range of the header that covers the type, or undefined. */
function bestRangeFor(prefs: readonly Preference[], type: string): Preference | undefined {
  let best: Preference | undefined;
  for (const pref of prefs) {
    if (!mediaRangeMatches(pref.value, type)) {
      continue;
    }
    if (best === undefined || pref.specificity > best.specificity) {
      best = pref;
    }
  }
  return best;
}

/**
 * Picks one of `available` (types, or extensions such as `'json'`) for an `Accept` header.
 * Without a header everything is acceptable and the first available wins.
 */
export function negotiateMediaType(accept: string | undefined, available: readonly string[]): string | undefined {
  const types = available.map((item) => (item.includes('/') ? item : lookup(item) ?? item));
  if (accept === undefined || accept.trim() === '') {
    return types[0];
  }
  const prefs = parseAcceptList(accept);
  let winner: string | undefined;
  let winnerQ = 0;
  for (const type of types) {
    const range = bestRangeFor(prefs, type);
    if (range !== undefined && range.q > winnerQ) {
      winner = type;
      winnerQ = range.q;
    }
  }
  return winner;
}

/**
 * Picks a content coding. Codings the header does not name get the q of its `*`, if any;
 * `identity` is acceptable unless the header refuses it.
 */
export function negotiateEncoding(acceptEncoding: string | undefined, available: readonly string[] = ENCODING_PREFERENCE): string | undefined {
  if (acceptEncoding === undefined) {
    return 'identity';
  }
  const prefs = parseAcceptList(acceptEncoding);
  let best: string | undefined;
  let bestQ = 0;
  for (const encoding of available) {
    const pref = prefs.find((p) => p.value === encoding) ?? prefs.find((p) => p.value === '*');
    const q = pref?.q ?? (encoding === 'identity' ? 1 : 0);
    if (q > bestQ) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}
