import { compare } from './compare.js';
import { format } from './format.js';
import {
  type Identifier,
  type SemVer,
  makeVersion,
  normalizeInput,
  readComponent,
  readVersion,
  splitParts,
  tokenize,
} from './internal.js';

export type Operator = '<' | '<=' | '>' | '>=' | '=';

export interface Comparator {
  operator: Operator;
  version: SemVer;
}

/** A union (`||`) of comparator sets; a set is the intersection of its comparators. */
export interface Range {
  raw: string;
  sets: Comparator[][];
}

/** A version in a range, where any component may be missing or a wildcard (`x`, `X`, `*`). */
interface Partial {
  major: number | null;
  minor: number | null;
  patch: number | null;
  prerelease: Identifier[];
}

const WILDCARDS = new Set(['x', 'X', '*']);
const OPERATOR = /^(<=|>=|<|>|=|~|\^)?(.*)$/;

function readPartial(text: string): Partial | null {
  const parts = splitParts(normalizeInput(text));
  const pieces = parts.core.split('.');
  if (pieces.length > 3) {
    return null;
  }
  const numbers: (number | null)[] = [];
  let wild = false;
  for (const piece of pieces) {
    if (WILDCARDS.has(piece)) {
      wild = true;
      numbers.push(null);
      continue;
    }
    const value = readComponent(piece);
    if (value === null || wild) {
      return null;
    }
    numbers.push(value);
  }
  while (numbers.length < 3) {
    numbers.push(null);
  }
  let prerelease: Identifier[] = [];
  if (parts.pre !== null) {
    const ids = tokenize(parts.pre, 'prerelease');
    if (ids === null || numbers.includes(null)) {
      return null;
    }
    prerelease = ids;
  }
  const [major = null, minor = null, patch = null] = numbers;
  return { major, minor, patch, prerelease };
}

/** The lowest version of a partial: missing components are zero. */
function floor(p: Partial): SemVer {
  return makeVersion(p.major ?? 0, p.minor ?? 0, p.patch ?? 0, p.prerelease);
}

/** The first prerelease of the version after a partial's last given component: `1.2` → `1.3.0-0`. */
function ceiling(p: Partial): SemVer | null {
  if (p.major === null) {
    return null;
  }
  if (p.minor === null) {
    return makeVersion(p.major + 1, 0, 0, [0]);
  }
  return makeVersion(p.major, p.minor + 1, 0, [0]);
}

function cmp(operator: Operator, version: SemVer): Comparator {
  return { operator, version };
}

function between(p: Partial): Comparator[] {
  const upper = ceiling(p);
  if (upper === null) {
    return [cmp('>=', makeVersion(0, 0, 0))];
  }
  return [cmp('>=', floor(p)), cmp('<', upper)];
}

function expandCaret(p: Partial): Comparator[] {
  if (p.major === null) {
    return between(p);
  }
  let upper: SemVer;
  if (p.major > 0 || p.minor === null) {
    upper = makeVersion(p.major + 1, 0, 0, [0]);
  } else if (p.minor > 0 || p.patch === null) {
    upper = makeVersion(0, p.minor + 1, 0, [0]);
  } else {
    upper = makeVersion(0, 0, p.patch + 1, [0]);
  }
  return [cmp('>=', floor(p)), cmp('<', upper)];
}

function expandPrimitive(operator: Operator, p: Partial): Comparator[] | null {
  const complete = p.patch !== null;
  if (complete) {
    return [cmp(operator, floor(p))];
  }
  switch (operator) {
    case '=':
      return between(p);
    case '>=':
      return [cmp('>=', floor(p))];
    case '<':
      return p.major === null ? null : [cmp('<', makeVersion(p.major, p.minor ?? 0, 0, [0]))];
    case '>': {
      const upper = ceiling(p);
      return upper === null ? null : [cmp('>=', makeVersion(upper.major, upper.minor, upper.patch))];
    }
    case '<=': {
      if (p.major === null) {
        return [cmp('>=', makeVersion(0, 0, 0))];
      }
      const upper = ceiling(p);
      return upper === null ? null : [cmp('<', upper)];
    }
  }
}

function readComparators(token: string): Comparator[] | null {
  const match = OPERATOR.exec(token);
  if (match === null) {
    return null;
  }
  const operator = match[1] ?? '=';
  const partial = readPartial(match[2] ?? '');
  if (partial === null) {
    return null;
  }
  if (operator === '~') {
    return between(partial);
  }
  if (operator === '^') {
    return expandCaret(partial);
  }
  return expandPrimitive(operator as Operator, partial);
}

/** Joins each operator to its version (`>= 1.2.3` → `>=1.2.3`) and splits on blanks. */
function splitSet(text: string): string[] {
  return text
    .trim()
    .replace(/(<=|>=|<|>|=|~|\^)\s+/g, '$1')
    .split(/\s+/)
    .filter((token) => token.length > 0);
}

function readSet(text: string): Comparator[] | null {
  const tokens = splitSet(text);
  if (tokens.length === 0) {
    return [cmp('>=', makeVersion(0, 0, 0))];
  }
  const out: Comparator[] = [];
  for (const token of tokens) {
    const comparators = readComparators(token);
    if (comparators === null) {
      return null;
    }
    out.push(...comparators);
  }
  return out;
}

/** Parses a range; null when any part of it is invalid. */
export function parseRange(input: string | Range): Range | null {
  if (typeof input !== 'string') {
    return input;
  }
  const sets: Comparator[][] = [];
  for (const alternative of input.split('||')) {
    const set = readSet(alternative);
    if (set === null) {
      return null;
    }
    sets.push(set);
  }
  return { raw: input, sets };
}

function comparatorToString(c: Comparator): string {
  return `${c.operator === '=' ? '' : c.operator}${format(c.version)}`;
}

export function rangeToString(range: Range): string {
  return range.sets.map((set) => set.map(comparatorToString).join(' ')).join('||');
}

/** The normalised form of a range (`^1.2` → `>=1.2.0 <2.0.0-0`), or null when invalid. */
export function validRange(input: string): string | null {
  const range = parseRange(input);
  return range === null ? null : rangeToString(range);
}

function testComparator(c: Comparator, version: SemVer): boolean {
  const order = compare(version, c.version);
  switch (c.operator) {
    case '=':
      return order === 0;
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

function sameTuple(a: SemVer, b: SemVer): boolean {
  return a.major === b.major && a.minor === b.minor && a.patch === b.patch;
}

function testSet(set: Comparator[], version: SemVer): boolean {
  for (const c of set) {
    if (!testComparator(c, version)) {
      return false;
    }
  }
  if (version.prerelease.length === 0) {
    return true;
  }
  // A prerelease only matches a set that names a prerelease of the same major.minor.patch.
  return set.some((c) => c.version.prerelease.length > 0 && sameTuple(c.version, version));
}

export function satisfies(version: string | SemVer, range: string | Range): boolean {
  const parsed = typeof version === 'string' ? readVersion(version) : version;
  const parsedRange = parseRange(range);
  if (parsed === null || parsedRange === null) {
    return false;
  }
  return parsedRange.sets.some((set) => testSet(set, parsed));
}
