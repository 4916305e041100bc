import { type Identifier, type ParseOptions, type SemVer, readVersion, toVersion } from './internal.js';
import { format } from './format.js';

/** Parses a version; null when it is not a valid semantic version. */
export function parse(input: string | SemVer, options: ParseOptions = {}): SemVer | null {
  if (typeof input !== 'string') {
    return input;
  }
  return readVersion(input, options);
}

/** The normalised version string (without build metadata), or null. */
export function valid(input: string | SemVer, options: ParseOptions = {}): string | null {
  const version = parse(input, options);
  return version === null ? null : format(version);
}

/** Like `valid`, but always loose, so `  =v1.2.3 ` becomes `1.2.3`. */
export function clean(input: string): string | null {
  return valid(input, { loose: true });
}

export function major(input: string | SemVer): number {
  return toVersion(input).major;
}

export function minor(input: string | SemVer): number {
  return toVersion(input).minor;
}

export function patch(input: string | SemVer): number {
  return toVersion(input).patch;
}

/** The prerelease identifiers, or null when the version has none. */
export function prerelease(input: string | SemVer): Identifier[] | null {
  const version = toVersion(input);
  return version.prerelease.length > 0 ? version.prerelease : null;
}

const COERCE = /(?:^|[^\d.])(\d{1,16})(?:\.(\d{1,16}))?(?:\.(\d{1,16}))?/;

/**
 * Finds the first thing that looks like a version in free text and completes it:
 * `v2` is `2.0.0`, `release 3.4 final` is `3.4.0`, `1.2.3.4` is `1.2.3`.
 * Prerelease and build parts are dropped. Null when there is no number at all.
 */
export function coerce(input: string | null | undefined): string | null {
  if (input === null || input === undefined) {
    return null;
  }
  const match = COERCE.exec(input);
  if (match === null) {
    return null;
  }
  return `${Number(match[1])}.${Number(match[2] ?? '0')}.${Number(match[3] ?? '0')}`;
}
