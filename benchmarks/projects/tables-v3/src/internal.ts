/**
 * Internal helpers shared by every public function: input normalisation, splitting a version
 * string into its parts, identifier tokenising, and the strict reader all the others go through.
 */

export type Identifier = string | number;

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: Identifier[];
  build: string[];
}

export interface ParseOptions {
  /** Accept several leading `v`/`=` characters, an upper-case `V` and blanks after them. */
  loose?: boolean;
}

export class SemverError extends Error {
  readonly input: string;

  constructor(message: string, input: string) {
    super(`${message}: ${JSON.stringify(input)}`);
    this.name = 'SemverError';
    this.input = input;
  }
}

/** Longest version string accepted: anything longer is rejected without looking at it. */
export const MAX_LENGTH = 256;

const NUMERIC = /^(?:0|[1-9]\d*)$/;
const DIGITS = /^\d+$/;
const IDENTIFIER = /^[0-9A-Za-z-]+$/;

export function isNumericIdentifier(id: string): boolean {
  return NUMERIC.test(id);
}

export function isIdentifier(id: string): boolean {
  return IDENTIFIER.test(id);
}

/** Trims blanks and strips the decorations people put in front of a version (`v1.2.3`, `=1.2.3`). */
export function normalizeInput(input: string, loose = false): string {
  let text = input.trim();
  if (loose) {
    while (text.startsWith('=') || text.startsWith('v') || text.startsWith('V')) {
      text = text.slice(1).trimStart();
    }
    return text;
  }
  if (text.startsWith('v') || text.startsWith('=')) {
    text = text.slice(1);
  }
  return text;
}

export interface Parts {
  core: string;
  pre: string | null;
  build: string | null;
}

/** Splits `1.2.3-alpha.1+build.5` into `1.2.3`, `alpha.1` and `build.5`. */
export function splitParts(text: string): Parts {
  const plus = text.indexOf('+');
  const head = plus === -1 ? text : text.slice(0, plus);
  const build = plus === -1 ? null : text.slice(plus + 1);
  const dash = head.indexOf('-');
  if (dash === -1) {
    return { core: head, pre: null, build };
  }
  return { core: head.slice(0, dash), pre: head.slice(dash + 1), build };
}

/**
 * Reads a dot-separated identifier list. Prerelease identifiers made of digits become numbers
 * (and may not have leading zeros); build identifiers stay strings. Returns null when invalid.
 */
export function tokenize(list: string, kind: 'prerelease' | 'build'): Identifier[] | null {
  if (list.length === 0) {
    return null;
  }
  const out: Identifier[] = [];
  for (const part of list.split('.')) {
    if (!isIdentifier(part)) {
      return null;
    }
    if (kind === 'prerelease' && DIGITS.test(part)) {
      if (!isNumericIdentifier(part)) {
        return null;
      }
      const value = Number(part);
      if (!Number.isSafeInteger(value)) {
        return null;
      }
      out.push(value);
    } else {
      out.push(part);
    }
  }
  return out;
}

/** Reads one numeric component of the core (`major`, `minor` or `patch`). */
export function readComponent(text: string): number | null {
  if (!isNumericIdentifier(text)) {
    return null;
  }
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** The strict reader behind `parse`, `valid`, `compare`, `satisfies`... Returns null when invalid. */
export function readVersion(input: string, options: ParseOptions = {}): SemVer | null {
  if (input.length > MAX_LENGTH) {
    return null;
  }
  const text = normalizeInput(input, options.loose === true);
  const parts = splitParts(text);
  const core = parts.core.split('.');
  if (core.length !== 3) {
    return null;
  }
  const numbers: number[] = [];
  for (const piece of core) {
    const value = readComponent(piece);
    if (value === null) {
      return null;
    }
    numbers.push(value);
  }
  let prerelease: Identifier[] = [];
  if (parts.pre !== null) {
    const ids = tokenize(parts.pre, 'prerelease');
    if (ids === null) {
      return null;
    }
    prerelease = ids;
  }
  let build: string[] = [];
  if (parts.build !== null) {
    const ids = tokenize(parts.build, 'build');
    if (ids === null) {
      return null;
    }
    build = ids.map(String);
  }
  const [major = 0, minor = 0, patch = 0] = numbers;
  return { major, minor, patch, prerelease, build };
}

/** Accepts a version string or an already parsed version; throws on anything invalid. */
export function toVersion(value: string | SemVer, options: ParseOptions = {}): SemVer {
  if (typeof value !== 'string') {
    return value;
  }
  const version = readVersion(value, options);
  if (version === null) {
    throw new SemverError('Invalid version', value);
  }
  return version;
}

export function makeVersion(major: number, minor: number, patch: number, prerelease: Identifier[] = []): SemVer {
  return { major, minor, patch, prerelease, build: [] };
}
