/**
 * Media types: a small database of types with their file extensions, default charset and
 * whether they compress well, and the extension → type map derived from it at load time.
 */

export type MimeSource = 'iana' | 'apache' | 'nginx';

export interface MimeEntry {
  /** Where the entry comes from; IANA when not given. */
  readonly source?: MimeSource;
  readonly extensions: readonly string[];
  readonly compressible?: boolean;
  readonly charset?: string;
}

export const MIME_DB: Readonly<Record<string, MimeEntry>> = {
  'application/octet-stream': { extensions: ['bin', 'exe', 'dll'], compressible: false },
  'application/json': { extensions: ['json', 'map'], compressible: true, charset: 'UTF-8' },
  'application/problem+json': { extensions: [], compressible: true },
  'application/javascript': { source: 'apache', extensions: ['js'], compressible: true, charset: 'UTF-8' },
  'text/javascript': { extensions: ['js', 'mjs'], compressible: true, charset: 'UTF-8' },
  'application/xml': { extensions: ['xml'], compressible: true },
  'text/xml': { extensions: ['xml'], compressible: true },
  'application/x-msdownload': { source: 'apache', extensions: ['exe', 'msi'] },
  'text/plain': { extensions: ['txt'], compressible: true },
  'text/html': { extensions: ['html', 'htm'], compressible: true },
  'text/x-yaml': { source: 'nginx', extensions: ['yaml', 'yml'], compressible: true },
  'application/yaml': { extensions: ['yaml', 'yml'], compressible: true },
  'image/png': { extensions: ['png'] },
  'audio/wav': { source: 'nginx', extensions: ['wav'], compressible: false },
  'audio/x-wav': { source: 'apache', extensions: ['wav'] },
};

/** How much a source is trusted when two types claim one extension. */
const SOURCE_RANK: Readonly<Record<MimeSource, number>> = { nginx: 1, apache: 2, iana: 3 };

const FALLBACK_TYPE = 'application/octet-stream';

/**
 * Extension → type. When two types claim an extension, the better-ranked source wins; on a tie
 * the first type in the table keeps it, except that any specific type beats the fallback type.
 */
export const EXTENSION_TYPES: ReadonlyMap<string, string> = buildExtensionMap(MIME_DB);

function buildExtensionMap(db: Readonly<Record<string, MimeEntry>>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [type, entry] of Object.entries(db)) {
    for (const ext of entry.extensions) {
      const current = map.get(ext);
      if (current === undefined || current === FALLBACK_TYPE) {
        map.set(ext, type);
        continue;
      }
      const currentRank = SOURCE_RANK[db[current]!.source ?? 'iana'];
      if (SOURCE_RANK[entry.source ?? 'iana'] > currentRank) {
        map.set(ext, type);
      }
    }
  }
  return map;
}

/** Structured-syntax suffixes that make any type compressible text. */
const COMPRESSIBLE_SUFFIX = /\+(json|xml|text)$/;

export interface MediaType {
  readonly type: string;
  readonly subtype: string;
  readonly suffix?: string;
}

const MEDIA_TYPE = /^([a-z0-9!#$&^_.+-]+)\/([a-z0-9!#$&^_.+-]+|\*)$/;

/** The parts of a media type's essence; parameters are ignored. */
export function parseMediaType(value: string): MediaType {
  const match = MEDIA_TYPE.exec(essenceOf(value));
  if (!match) {
    throw new TypeError(`Invalid media type: ${JSON.stringify(value)}`);
  }
  const type = match[1]!;
  const subtype = match[2]!;
  const plus = subtype.lastIndexOf('+');
  return plus > 0 ? { type, subtype, suffix: subtype.slice(plus + 1) } : { type, subtype };
}

function essenceOf(type: string): string {
  return type.split(';')[0]!.trim().toLowerCase();
}

/** The type of a file name, path or bare extension: `'a/b.JSON'`, `'.json'` and `'json'` alike. */
export function lookup(pathOrExt: string): string | undefined {
  const base = pathOrExt.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const ext = (dot === -1 ? base : base.slice(dot + 1)).toLowerCase();
  if (ext === '') {
    return undefined;
  }
  return EXTENSION_TYPES.get(ext);
}

export function charsetFor(type: string): string | undefined {
  const essence = essenceOf(type);
  const charset = MIME_DB[essence]?.charset;
  if (charset !== undefined) {
    return charset;
  }
  return essence.startsWith('text/') ? 'UTF-8' : undefined;
}

export function isCompressible(type: string): boolean {
  const essence = essenceOf(type);
  const known = MIME_DB[essence]?.compressible;
  if (known !== undefined) {
    return known;
  }
  return essence.startsWith('text/') || COMPRESSIBLE_SUFFIX.test(essence);
}

/** A full `Content-Type` value from a type or an extension, with its charset when it has one. */
export function contentType(typeOrExt: string): string | undefined {
  const type = typeOrExt.includes('/') ? typeOrExt : lookup(typeOrExt);
  if (type === undefined) {
    return undefined;
  }
  if (/;\s*charset=/i.test(type)) {
    return type;
  }
  const charset = charsetFor(type);
  return charset === undefined ? type : `${type}; charset=${charset.toLowerCase()}`;
}
