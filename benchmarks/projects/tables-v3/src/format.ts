import {
  type Identifier,
  type SemVer,
  isIdentifier,
  isNumericIdentifier,
  makeVersion as at,
  toVersion,
} from './internal.js';

export interface FormatOptions {
  /** Append the build metadata (`+...`); left out by default, as it carries no precedence. */
  build?: boolean;
}

export function format(version: SemVer, options: FormatOptions = {}): string {
  let text = `${version.major}.${version.minor}.${version.patch}`;
  if (version.prerelease.length > 0) {
    text += `-${version.prerelease.join('.')}`;
  }
  if (options.build === true && version.build.length > 0) {
    text += `+${version.build.join('.')}`;
  }
  return text;
}

export type ReleaseType =
  | 'major'
  | 'minor'
  | 'patch'
  | 'premajor'
  | 'preminor'
  | 'prepatch'
  | 'prerelease'
  | 'release';

function startPrerelease(identifier: string | undefined): Identifier[] {
  if (identifier === undefined || identifier === '') {
    return [0];
  }
  return [identifier, 0];
}

/** Adds one to the last numeric identifier, or appends `0` when there is none. */
function bumpPrerelease(current: Identifier[], identifier: string | undefined): Identifier[] {
  if (identifier !== undefined && identifier !== '' && current[0] !== identifier) {
    return [identifier, 0];
  }
  const next = [...current];
  for (let i = next.length - 1; i >= 0; i--) {
    const id = next[i];
    if (typeof id === 'number') {
      next[i] = id + 1;
      return next;
    }
  }
  next.push(0);
  return next;
}

/**
 * The next version for a release type, or null when the version or the identifier is invalid.
 *
 * - `major`, `minor`, `patch` release a prerelease of that level (`1.0.0-rc.1` → `1.0.0` for
 *   `major`), otherwise bump that level and reset the lower ones;
 * - `premajor`, `preminor`, `prepatch` bump the level and start a prerelease (`-id.0` or `-0`);
 * - `prerelease` bumps the prerelease number, or starts a `prepatch` on a release;
 * - `release` drops the prerelease.
 *
 * Build metadata is always dropped.
 */
export function inc(input: string | SemVer, release: ReleaseType, identifier?: string): string | null {
  if (identifier !== undefined && identifier !== '') {
    if (!isIdentifier(identifier) || isNumericIdentifier(identifier)) {
      return null;
    }
  }
  let version: SemVer;
  try {
    version = toVersion(input);
  } catch {
    return null;
  }
  const { major, minor, patch, prerelease } = version;
  const isPre = prerelease.length > 0;
  let next: SemVer;
  switch (release) {
    case 'major':
      next = isPre && minor === 0 && patch === 0 ? at(major, 0, 0) : at(major + 1, 0, 0);
      break;
    case 'minor':
      next = isPre && patch === 0 ? at(major, minor, 0) : at(major, minor + 1, 0);
      break;
    case 'patch':
      next = isPre ? at(major, minor, patch) : at(major, minor, patch + 1);
      break;
    case 'premajor':
      next = at(major + 1, 0, 0, startPrerelease(identifier));
      break;
    case 'preminor':
      next = at(major, minor + 1, 0, startPrerelease(identifier));
      break;
    case 'prepatch':
      next = at(major, minor, patch + 1, startPrerelease(identifier));
      break;
    case 'prerelease':
      next = isPre
        ? at(major, minor, patch, bumpPrerelease(prerelease, identifier))
        : at(major, minor, patch + 1, startPrerelease(identifier));
      break;
    case 'release':
      next = at(major, minor, patch);
      break;
    default:
      return null;
  }
  return format(next);
}
