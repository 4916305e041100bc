/**
 * `Cache-Control`: the directive table, a parser and a formatter, and ready-made policies
 * formatted once when the module loads.
 */

export type DirectiveKind = 'flag' | 'seconds' | 'fields';

interface DirectiveSpec {
  readonly kind: DirectiveKind;
  /** Where the directive goes when a policy is formatted: lower first. */
  readonly order: number;
}

export const DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  public: { kind: 'flag', order: 1 },
  private: { kind: 'fields', order: 2 },
  'no-cache': { kind: 'fields', order: 3 },
  'no-store': { kind: 'flag', order: 4 },
  'must-revalidate': { kind: 'flag', order: 5 },
  immutable: { kind: 'flag', order: 6 },
  'max-age': { kind: 'seconds', order: 7 },
  's-maxage': { kind: 'seconds', order: 8 },
  'stale-while-revalidate': { kind: 'seconds', order: 9 },
};

/** Directive name → property name: `'s-maxage'` → `'sMaxage'`. */
const PROPERTY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.keys(DIRECTIVES).map((name) => [name, name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]),
);

const DIRECTIVE_BY_PROPERTY: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PROPERTY_NAMES).map(([name, prop]) => [prop, name]),
);

export type CachePolicy = {
  [property: string]: boolean | number | readonly string[] | undefined;
};

const DIRECTIVE_TOKEN = /^([a-z-]+)(?:=(.*))?$/i;

/** Splits on commas outside quoted strings. */
function splitDirectives(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') {
      quoted = !quoted;
    }
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.filter((part) => part.trim() !== '');
}

export function parseCacheControl(value: string): CachePolicy {
  const policy: CachePolicy = {};
  for (const part of splitDirectives(value)) {
    const match = DIRECTIVE_TOKEN.exec(part.trim());
    if (!match) {
      continue;
    }
    const name = match[1]!.toLowerCase();
    const argument = match[2]?.replace(/^"(.*)"$/, '$1');
    const spec = DIRECTIVES[name];
    const property = PROPERTY_NAMES[name];
    if (spec === undefined || property === undefined || property in policy) {
      continue;
    }
    if (spec.kind === 'seconds') {
      if (/^\d+$/.test(argument ?? '')) {
        policy[property] = Number(argument);
      }
    } else if (spec.kind === 'fields' && argument) {
      policy[property] = argument.split(',').map((field) => field.trim().toLowerCase());
    } else {
      policy[property] = true;
    }
  }
  return policy;
}

export function formatCacheControl(policy: CachePolicy): string {
  const parts: Array<[number, string]> = [];
  for (const [property, value] of Object.entries(policy)) {
    const name = DIRECTIVE_BY_PROPERTY[property];
    if (name === undefined || value === undefined || value === false) {
      continue;
    }
    const spec = DIRECTIVES[name]!;
    if (spec.kind === 'seconds') {
      if (typeof value !== 'number' || value < 0 || !Number.isInteger(value)) {
        throw new RangeError(`${name} needs a whole number of seconds, got ${String(value)}`);
      }
      parts.push([spec.order, `${name}=${value}`]);
    } else if (Array.isArray(value) && value.length > 0) {
      parts.push([spec.order, `${name}="${value.join(', ')}"`]);
    } else {
      parts.push([spec.order, name]);
    }
  }
  return parts
    .sort((a, b) => a[0] - b[0])
    .map(([, text]) => text)
    .join(', ');
}

const YEAR = 365 * 24 * 60 * 60;

/** Policies for the usual cases, formatted once. */
export const CACHE_PRESETS: Readonly<Record<string, string>> = {
  noStore: formatCacheControl({ noStore: true }),
  revalidate: formatCacheControl({ noCache: true, maxAge: 0 }),
  publicHour: formatCacheControl({ public: true, maxAge: 3600, staleWhileRevalidate: 60 }),
  immutableAsset: formatCacheControl({ public: true, maxAge: YEAR, immutable: true }),
};
