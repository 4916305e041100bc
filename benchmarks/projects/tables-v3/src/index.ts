export { type Identifier, type ParseOptions, type SemVer, SemverError, MAX_LENGTH } from './internal.js';
export { parse, valid, clean, major, minor, patch, prerelease, coerce } from './parse.js';
export { type FormatOptions, type ReleaseType, format, inc } from './format.js';
export {
  compareIdentifiers,
  compare,
  rcompare,
  eq,
  gt,
  gte,
  lt,
  lte,
  sort,
} from './compare.js';
export {
  type Comparator,
  type Operator,
  type Range,
  parseRange,
  rangeToString,
  validRange,
  satisfies,
} from './range.js';
