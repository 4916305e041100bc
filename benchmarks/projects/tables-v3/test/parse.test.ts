import { describe, expect, it, test } from 'vitest';
import {
  type Identifier,
  type ReleaseType,
  SemverError,
  clean,
  coerce,
  format,
  inc,
  major,
  minor,
  parse,
  patch,
  prerelease,
  valid,
} from '../src/index.js';

describe('valid', () => {
  const cases: [string, string | null][] = [
    // plain releases
    ['0.0.0', '0.0.0'],
    ['0.0.1', '0.0.1'],
    ['0.1.0', '0.1.0'],
    ['1.0.0', '1.0.0'],
    ['1.2.3', '1.2.3'],
    ['10.20.30', '10.20.30'],
    ['999.999.999', '999.999.999'],
    ['9007199254740991.0.0', '9007199254740991.0.0'],
    ['0.9007199254740991.0', '0.9007199254740991.0'],
    ['4.17.21', '4.17.21'],
    ['18.19.0', '18.19.0'],
    ['0.14.7', '0.14.7'],
    ['2024.1.15', '2024.1.15'],
    ['v20.11.1', '20.11.1'],
    ['=0.0.1', '0.0.1'],
    // decorations that strict mode still accepts
    ['v1.2.3', '1.2.3'],
    ['=1.2.3', '1.2.3'],
    ['  1.2.3  ', '1.2.3'],
    ['\t1.2.3\n', '1.2.3'],
    [' v1.2.3 ', '1.2.3'],
    // prereleases
    ['1.2.3-0', '1.2.3-0'],
    ['1.2.3-alpha', '1.2.3-alpha'],
    ['1.2.3-alpha.1', '1.2.3-alpha.1'],
    ['1.2.3-alpha.beta', '1.2.3-alpha.beta'],
    ['1.2.3-alpha-1', '1.2.3-alpha-1'],
    ['1.2.3-0a', '1.2.3-0a'],
    ['1.2.3-a0', '1.2.3-a0'],
    ['1.2.3---', '1.2.3---'],
    ['1.2.3-rc.10.b', '1.2.3-rc.10.b'],
    ['1.0.0-x.7.z.92', '1.0.0-x.7.z.92'],
    ['v2.0.0-RC.1', '2.0.0-RC.1'],
    ['5.0.0-beta.3', '5.0.0-beta.3'],
    ['3.0.0-next.12', '3.0.0-next.12'],
    ['1.0.0-alpha.beta.1', '1.0.0-alpha.beta.1'],
    ['0.1.0-SNAPSHOT', '0.1.0-SNAPSHOT'],
    // build metadata is dropped by valid()
    ['1.2.3+build', '1.2.3'],
    ['1.2.3+build.5', '1.2.3'],
    ['1.2.3+001', '1.2.3'],
    ['1.2.3+exp.sha.5114f85', '1.2.3'],
    ['1.2.3-beta+exp.sha.5114f85', '1.2.3-beta'],
    ['1.0.0-alpha+001', '1.0.0-alpha'],
    ['1.2.3+build-1', '1.2.3'],
    ['1.2.3-rc.1+build.1-2', '1.2.3-rc.1'],
    // invalid cores
    ['', null],
    ['   ', null],
    ['1', null],
    ['1.2', null],
    ['1.2.3.4', null],
    ['1.2.', null],
    ['.1.2', null],
    ['1..3', null],
    ['a.b.c', null],
    ['1.2.c', null],
    ['01.2.3', null],
    ['1.02.3', null],
    ['1.2.03', null],
    ['00.0.0', null],
    ['-1.2.3', null],
    ['1.-2.3', null],
    ['1.2.3x', null],
    ['1.2. 3', null],
    ['9007199254740992.0.0', null],
    ['0.0.9007199254740992', null],
    // decorations strict mode refuses
    ['V1.2.3', null],
    ['vv1.2.3', null],
    ['=v1.2.3', null],
    ['v 1.2.3', null],
    ['v=1.2.3', null],
    // invalid prereleases and builds
    ['1.2.3-', null],
    ['1.2.3+', null],
    ['1.2.3-+build', null],
    ['1.2.3-alpha.', null],
    ['1.2.3-.alpha', null],
    ['1.2.3-alpha..1', null],
    ['1.2.3-a_b', null],
    ['1.2.3-alpha!', null],
    ['1.2.3+build..1', null],
    ['1.2.3+build.', null],
    ['1.2.3+b_1', null],
    ['1.2.3+a+b', null],
    ['1.2.3-beta+', null],
  ];

  test.each(cases)('valid(%j) is %j', (input, expected) => {
    expect(valid(input)).toBe(expected);
  });
});

describe('parse', () => {
  const cases: [string, number, number, number, Identifier[], string[]][] = [
    ['0.0.0', 0, 0, 0, [], []],
    ['1.2.3', 1, 2, 3, [], []],
    ['v4.5.6', 4, 5, 6, [], []],
    ['=7.8.9', 7, 8, 9, [], []],
    ['10.0.1', 10, 0, 1, [], []],
    ['1.2.3-0', 1, 2, 3, [0], []],
    ['1.2.3-7', 1, 2, 3, [7], []],
    ['1.2.3-alpha', 1, 2, 3, ['alpha'], []],
    ['1.2.3-alpha.1', 1, 2, 3, ['alpha', 1], []],
    ['1.2.3-alpha.10.beta', 1, 2, 3, ['alpha', 10, 'beta'], []],
    ['1.2.3-1.2.3', 1, 2, 3, [1, 2, 3], []],
    ['1.2.3-0a', 1, 2, 3, ['0a'], []],
    ['1.2.3-0-1', 1, 2, 3, ['0-1'], []],
    ['1.2.3-rc-2.5', 1, 2, 3, ['rc-2', 5], []],
    ['1.2.3+build', 1, 2, 3, [], ['build']],
    ['1.2.3+build.5', 1, 2, 3, [], ['build', '5']],
    ['1.2.3+001', 1, 2, 3, [], ['001']],
    ['1.2.3+0.01.build-3', 1, 2, 3, [], ['0', '01', 'build-3']],
    ['1.2.3-beta.2+exp.sha', 1, 2, 3, ['beta', 2], ['exp', 'sha']],
    ['1.2.3-beta-1+x-y', 1, 2, 3, ['beta-1'], ['x-y']],
    ['2.0.0-rc.1+20240101', 2, 0, 0, ['rc', 1], ['20240101']],
    ['4.17.21', 4, 17, 21, [], []],
    ['0.0.1-next.3', 0, 0, 1, ['next', 3], []],
    ['6.0.0-rc.2+sha.a1b2c3', 6, 0, 0, ['rc', 2], ['sha', 'a1b2c3']],
  ];

  test.each(cases)('parse(%j)', (input, maj, min, pat, pre, build) => {
    expect(parse(input)).toEqual({ major: maj, minor: min, patch: pat, prerelease: pre, build });
  });

  const invalid = ['', 'x', '1.2', '1.2.3-', '1.2.3+', 'v1', '01.1.1', 'V1.0.0', '1.2.3 4'];
  test.each(invalid)('parse(%j) is null', (input) => {
    expect(parse(input)).toBeNull();
  });

  it('returns an already parsed version as it is', () => {
    const version = { major: 3, minor: 1, patch: 4, prerelease: ['rc', 1], build: [] };
    expect(parse(version)).toBe(version);
    expect(valid(version)).toBe('3.1.4-rc.1');
  });
});

describe('clean', () => {
  const cases: [string, string | null][] = [
    ['1.2.3', '1.2.3'],
    [' 1.2.3 ', '1.2.3'],
    ['  =v1.2.3  ', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['=1.2.3', '1.2.3'],
    ['1.2.3+build.9', '1.2.3'],
    ['v1.2.3-rc.1+build', '1.2.3-rc.1'],
    ['~1.2.3', null],
    ['>=1.2.3', null],
    ['1.2', null],
    ['1.2.3.4', null],
    ['a1.2.3', null],
    ['', null],
  ];

  test.each(cases)('clean(%j) is %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });
});

describe('component accessors', () => {
  const cases: [string, number, number, number, Identifier[] | null][] = [
    ['0.0.0', 0, 0, 0, null],
    ['1.2.3', 1, 2, 3, null],
    ['v3.2.1', 3, 2, 1, null],
    ['1.0.0-alpha', 1, 0, 0, ['alpha']],
    ['0.5.12-rc.3', 0, 5, 12, ['rc', 3]],
    ['4.0.7-0', 4, 0, 7, [0]],
    ['2.11.0+build.3', 2, 11, 0, null],
    ['12.34.56-x.1.y+z', 12, 34, 56, ['x', 1, 'y']],
  ];

  for (const [input, maj, min, pat, pre] of cases) {
    describe(input, () => {
      it('major', () => {
        expect(major(input)).toBe(maj);
      });
      it('minor', () => {
        expect(minor(input)).toBe(min);
      });
      it('patch', () => {
        expect(patch(input)).toBe(pat);
      });
      it('prerelease', () => {
        expect(prerelease(input)).toEqual(pre);
      });
    });
  }

  const invalid = ['1.2', 'abc'];
  test.each(invalid)('major(%j) throws a SemverError', (input) => {
    expect(() => major(input)).toThrow(SemverError);
  });
});

describe('coerce', () => {
  const cases: [string | null | undefined, string | null][] = [
    ['1.2.3', '1.2.3'],
    ['1.2', '1.2.0'],
    ['1', '1.0.0'],
    ['42', '42.0.0'],
    ['v2', '2.0.0'],
    ['v1.2.3', '1.2.3'],
    ['=1.2.3', '1.2.3'],
    ['1.2.3.4', '1.2.3'],
    ['1.2.3.4.5.6', '1.2.3'],
    ['1.2.3-beta.4', '1.2.3'],
    ['1.2.3+build', '1.2.3'],
    ['release 3.4 final', '3.4.0'],
    ['version: 10', '10.0.0'],
    ['abc123def', '123.0.0'],
    ['a1b2c3', '1.0.0'],
    ['01.002.0003', '1.2.3'],
    ['000', '0.0.0'],
    ['  7  ', '7.0.0'],
    ['node-v18.17.1-linux', '18.17.1'],
    ['>=2.5', '2.5.0'],
    ['~1.2.3', '1.2.3'],
    ['Python 3.12.1', '3.12.1'],
    ['go1.22', '1.22.0'],
    ['', null],
    ['abc', null],
    [null, null],
    [undefined, null],
  ];

  test.each(cases)('coerce(%j) is %j', (input, expected) => {
    expect(coerce(input)).toBe(expected);
  });
});

describe('format', () => {
  const cases: [string, string][] = [
    ['1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['1.2.3-rc.1', '1.2.3-rc.1'],
    ['1.2.3+build', '1.2.3'],
    ['1.2.3-rc.1+build.7', '1.2.3-rc.1'],
    ['0.0.0-0+0', '0.0.0-0'],
  ];

  test.each(cases)('format(%j) is %j', (input, expected) => {
    const version = parse(input);
    expect(version).not.toBeNull();
    expect(format(version!)).toBe(expected);
  });
});

describe('inc', () => {
  const cases: [string, ReleaseType, string | undefined, string | null][] = [
    // major
    ['1.2.3', 'major', undefined, '2.0.0'],
    ['0.0.1', 'major', undefined, '1.0.0'],
    ['0.9.9', 'major', undefined, '1.0.0'],
    ['1.0.0', 'major', undefined, '2.0.0'],
    ['1.0.0-rc.1', 'major', undefined, '1.0.0'],
    ['2.0.0-0', 'major', undefined, '2.0.0'],
    ['1.2.0-rc.1', 'major', undefined, '2.0.0'],
    ['1.0.1-rc.1', 'major', undefined, '2.0.0'],
    ['1.2.3+build', 'major', undefined, '2.0.0'],
    ['4.17.21', 'major', undefined, '5.0.0'],
    // minor
    ['1.2.3', 'minor', undefined, '1.3.0'],
    ['1.9.0', 'minor', undefined, '1.10.0'],
    ['0.0.0', 'minor', undefined, '0.1.0'],
    ['1.2.0-beta', 'minor', undefined, '1.2.0'],
    ['1.0.0-beta', 'minor', undefined, '1.0.0'],
    ['1.2.3-beta', 'minor', undefined, '1.3.0'],
    ['1.2.3+build.1', 'minor', undefined, '1.3.0'],
    ['4.17.21', 'minor', undefined, '4.18.0'],
    // patch
    ['1.2.3', 'patch', undefined, '1.2.4'],
    ['1.2.9', 'patch', undefined, '1.2.10'],
    ['0.0.0', 'patch', undefined, '0.0.1'],
    ['1.2.3-rc.4', 'patch', undefined, '1.2.3'],
    ['1.2.0-0', 'patch', undefined, '1.2.0'],
    ['1.2.3+build', 'patch', undefined, '1.2.4'],
    ['4.17.21', 'patch', undefined, '4.17.22'],
    ['0.0.9', 'patch', undefined, '0.0.10'],
    // premajor
    ['1.2.3', 'premajor', undefined, '2.0.0-0'],
    ['1.2.3', 'premajor', 'alpha', '2.0.0-alpha.0'],
    ['0.1.0', 'premajor', 'rc', '1.0.0-rc.0'],
    ['1.2.3-beta.4', 'premajor', undefined, '2.0.0-0'],
    // preminor
    ['1.2.3', 'preminor', undefined, '1.3.0-0'],
    ['1.2.3', 'preminor', 'beta', '1.3.0-beta.0'],
    ['0.0.5', 'preminor', 'next', '0.1.0-next.0'],
    ['1.2.3-rc.1', 'preminor', 'rc', '1.3.0-rc.0'],
    // prepatch
    ['1.2.3', 'prepatch', undefined, '1.2.4-0'],
    ['1.2.3', 'prepatch', 'dev', '1.2.4-dev.0'],
    ['1.2.3-dev.7', 'prepatch', 'dev', '1.2.4-dev.0'],
    ['0.0.0', 'prepatch', 'a-b', '0.0.1-a-b.0'],
    // prerelease on a release starts a prepatch
    ['1.2.3', 'prerelease', undefined, '1.2.4-0'],
    ['1.2.3', 'prerelease', 'beta', '1.2.4-beta.0'],
    ['1.2.3+build', 'prerelease', undefined, '1.2.4-0'],
    // prerelease on a prerelease bumps it
    ['1.2.4-0', 'prerelease', undefined, '1.2.4-1'],
    ['1.2.4-9', 'prerelease', undefined, '1.2.4-10'],
    ['1.2.4-beta.0', 'prerelease', undefined, '1.2.4-beta.1'],
    ['1.2.4-beta.0', 'prerelease', 'beta', '1.2.4-beta.1'],
    ['1.2.4-beta', 'prerelease', undefined, '1.2.4-beta.0'],
    ['1.2.4-beta', 'prerelease', 'beta', '1.2.4-beta.0'],
    ['1.2.4-alpha.beta', 'prerelease', undefined, '1.2.4-alpha.beta.0'],
    ['1.2.4-1.alpha', 'prerelease', undefined, '1.2.4-2.alpha'],
    ['1.2.4-alpha.3.beta', 'prerelease', undefined, '1.2.4-alpha.4.beta'],
    ['1.2.4-1.2.x', 'prerelease', undefined, '1.2.4-1.3.x'],
    ['1.0.0-rc.1+build.5', 'prerelease', undefined, '1.0.0-rc.2'],
    // invalid inputs
    ['1.2', 'major', undefined, null],
    ['not a version', 'patch', undefined, null],
    ['1.2.3-', 'prerelease', undefined, null],
  ];

  test.each(cases)('inc(%j, %j, %j) is %j', (input, release, identifier, expected) => {
    expect(inc(input, release, identifier)).toBe(expected);
  });

  it('accepts a parsed version and leaves it untouched', () => {
    const version = parse('1.2.3-beta.1')!;
    expect(inc(version, 'prerelease')).toBe('1.2.3-beta.2');
    expect(version.prerelease).toEqual(['beta', 1]);
  });
});
