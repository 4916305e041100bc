/**
 * Header names: their canonical spelling, which ones a proxy must drop, which ones may not be
 * joined with a comma, and a small headers bag built on those tables.
 */

export const CANONICAL_NAMES: readonly string[] = [
  'Accept',
  'Access-Control-Allow-Origin',
  'Authorization',
  'Cache-Control',
  'Connection',
  'Content-Type',
  'ETag',
  'If-None-Match',
  'Keep-Alive',
  'Last-Modified',
  'Location',
  'Retry-After',
  'Set-Cookie',
  'TE',
  'Transfer-Encoding',
  'Upgrade',
  'User-Agent',
  'Vary',
  'WWW-Authenticate',
  'X-Request-ID',
];

/** Lower-case name → canonical spelling, built once from the list above. */
const CANONICAL_BY_LOWER: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const name of CANONICAL_NAMES) {
    const lower = name.toLowerCase();
    if (map.has(lower)) {
      throw new Error(`duplicate header name in table: ${name}`);
    }
    map.set(lower, name);
  }
  return map;
})();

/** Connection-level headers a proxy must not forward (RFC 9110 §7.6.1). */
export const HOP_BY_HOP: ReadonlySet<string> = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Headers whose repeated values may not be joined into one comma-separated line. */
const NEVER_JOINED: ReadonlySet<string> = new Set(['set-cookie', 'www-authenticate', 'proxy-authenticate']);

/** Headers that may appear at most once; a second value replaces the first. */
const SINGLE_VALUED: ReadonlySet<string> = new Set([
  'authorization',
  'content-length',
  'content-type',
  'etag',
  'host',
  'last-modified',
  'location',
  'retry-after',
  'user-agent',
]);

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function isValidHeaderName(name: string): boolean {
  return TOKEN.test(name);
}

export function canonicalHeaderName(name: string): string {
  const lower = name.toLowerCase();
  const known = CANONICAL_BY_LOWER.get(lower);
  if (known !== undefined) {
    return known;
  }
  return lower
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('-');
}

export function isHopByHop(name: string): boolean {
  return HOP_BY_HOP.has(name.toLowerCase());
}

export class HeaderBag {
  private readonly values = new Map<string, string[]>();

  constructor(init?: Iterable<readonly [string, string]>) {
    for (const [name, value] of init ?? []) {
      this.append(name, value);
    }
  }

  append(name: string, value: string): void {
    if (!isValidHeaderName(name)) {
      throw new TypeError(`Invalid header name: ${JSON.stringify(name)}`);
    }
    const key = name.toLowerCase();
    const trimmed = value.trim();
    const existing = this.values.get(key);
    if (existing === undefined || SINGLE_VALUED.has(key)) {
      this.values.set(key, [trimmed]);
    } else {
      existing.push(trimmed);
    }
  }

  get(name: string): string | undefined {
    const list = this.values.get(name.toLowerCase());
    if (list === undefined) {
      return undefined;
    }
    return NEVER_JOINED.has(name.toLowerCase()) ? list[0] : list.join(', ');
  }

  has(name: string): boolean {
    return this.values.has(name.toLowerCase());
  }

  /** Drops hop-by-hop headers, and those the `Connection` header names, before forwarding. */
  stripHopByHop(): this {
    const named = (this.get('connection') ?? '')
      .split(',')
      .map((token) => token.trim().toLowerCase())
      .filter((token) => token !== '');
    for (const key of [...this.values.keys()]) {
      if (HOP_BY_HOP.has(key) || named.includes(key)) {
        this.values.delete(key);
      }
    }
    return this;
  }
}
