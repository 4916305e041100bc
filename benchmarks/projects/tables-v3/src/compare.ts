import { type Identifier, type SemVer, toVersion } from './internal.js';

type Input = string | SemVer;

function compareNumbers(a: number, b: number): -1 | 0 | 1 {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

/** Numbers sort before strings; numbers numerically, strings in ASCII order. */
export function compareIdentifiers(a: Identifier, b: Identifier): -1 | 0 | 1 {
  const aNumeric = typeof a === 'number';
  const bNumeric = typeof b === 'number';
  if (aNumeric !== bNumeric) {
    return aNumeric ? -1 : 1;
  }
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}

function compareMain(a: SemVer, b: SemVer): -1 | 0 | 1 {
  return compareNumbers(a.major, b.major) || compareNumbers(a.minor, b.minor) || compareNumbers(a.patch, b.patch);
}

/** A release sorts after its prereleases; a shorter prerelease list before a longer one it prefixes. */
function comparePrerelease(a: Identifier[], b: Identifier[]): -1 | 0 | 1 {
  if (a.length === 0 || b.length === 0) {
    // A release (no identifiers) sorts after any of its prereleases.
    return compareNumbers(b.length, a.length);
  }
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const order = compareIdentifiers(a[i] as Identifier, b[i] as Identifier);
    if (order !== 0) {
      return order;
    }
  }
  return compareNumbers(a.length, b.length);
}

export function compare(a: Input, b: Input): -1 | 0 | 1 {
  const left = toVersion(a);
  const right = toVersion(b);
  return compareMain(left, right) || comparePrerelease(left.prerelease, right.prerelease);
}

export function rcompare(a: Input, b: Input): -1 | 0 | 1 {
  return compare(b, a);
}

export function eq(a: Input, b: Input): boolean {
  return compare(a, b) === 0;
}

export function gt(a: Input, b: Input): boolean {
  return compare(a, b) > 0;
}

export function gte(a: Input, b: Input): boolean {
  return compare(a, b) >= 0;
}

export function lt(a: Input, b: Input): boolean {
  return compare(a, b) < 0;
}

export function lte(a: Input, b: Input): boolean {
  return compare(a, b) <= 0;
}

export function sort<T extends Input>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => compare(a, b));
}
