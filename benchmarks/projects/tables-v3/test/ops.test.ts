import { describe, expect, it, test } from 'vitest';
import {
  SemverError,
  compare,
  eq,
  gt,
  gte,
  lt,
  lte,
  parse,
  parseRange,
  rcompare,
  satisfies,
  sort,
  validRange,
} from '../src/index.js';

describe('compare', () => {
  const cases: [string, string, -1 | 0 | 1][] = [
    // main versions
    ['1.2.3', '1.2.3', 0],
    ['1.2.3', '1.2.4', -1],
    ['1.2.3', '1.3.0', -1],
    ['1.2.3', '2.0.0', -1],
    ['2.0.0', '1.99.99', 1],
    ['1.10.0', '1.9.0', 1],
    ['1.2.10', '1.2.9', 1],
    ['10.0.0', '9.0.0', 1],
    ['0.0.0', '0.0.1', -1],
    ['0.1.0', '0.0.9', 1],
    ['1.0.0', '0.999.999', 1],
    // decorations and build metadata do not count
    ['v1.2.3', '1.2.3', 0],
    ['=1.2.3', 'v1.2.3', 0],
    [' 1.2.3 ', '1.2.3', 0],
    ['1.2.3+build.1', '1.2.3+build.2', 0],
    ['1.2.3+zzz', '1.2.3', 0],
    ['1.2.3-rc.1+b', '1.2.3-rc.1', 0],
    // the precedence chain of the specification
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-alpha.beta', '1.0.0-beta', -1],
    ['1.0.0-beta', '1.0.0-beta.2', -1],
    ['1.0.0-beta.2', '1.0.0-beta.11', -1],
    ['1.0.0-beta.11', '1.0.0-rc.1', -1],
    ['1.0.0-rc.1', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0', -1],
    ['1.0.0-alpha', '1.0.0-rc.1', -1],
    // prerelease identifiers
    ['1.0.0-0', '1.0.0', -1],
    ['1.0.0-0', '0.9.9', 1],
    ['1.0.0-rc.1', '0.9.0', 1],
    ['1.0.0-1', '1.0.0-a', -1],
    ['1.0.0-10', '1.0.0-9', 1],
    ['1.0.0-a10', '1.0.0-a9', -1],
    ['1.0.0-B', '1.0.0-a', -1],
    ['1.0.0-alpha', '1.0.0-alpha', 0],
    ['1.0.0-alpha.1', '1.0.0-alpha.1', 0],
    ['1.0.0-1.2', '1.0.0-1.2.0', -1],
    ['1.0.0-1.2.0', '1.0.0-1.10', -1],
    ['1.0.0-x.y.z', '1.0.0-x.y', 1],
    ['1.0.0-x.1', '1.0.0-x.a', -1],
    ['1.2.3-beta', '1.2.2', 1],
    ['1.2.3-beta', '1.2.4-alpha', -1],
    ['2.0.0-0', '1.999.999', 1],
    // more everyday pairs
    ['4.17.21', '4.17.20', 1],
    ['18.19.0', '20.11.1', -1],
    ['0.14.7', '0.14.7', 0],
    ['3.0.0-beta.1', '3.0.0-beta.1', 0],
    ['5.0.0-rc.0', '5.0.0-rc.1', -1],
    ['7.24.0', '7.3.0', 1],
  ];

  test.each(cases)('compare(%j, %j) is %j', (a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
    expect(compare(b, a)).toBe(0 - expected);
    expect(rcompare(a, b)).toBe(0 - expected);
  });

  it('accepts parsed versions', () => {
    expect(compare(parse('1.2.3-rc.2')!, '1.2.3-rc.10')).toBe(-1);
    expect(compare('2.0.0', parse('2.0.0')!)).toBe(0);
  });

  const invalid: [string, string][] = [
    ['1.2', '1.2.3'],
    ['1.2.3', 'x'],
    ['', '1.0.0'],
    ['1.0.0', '1.0.0-'],
  ];
  test.each(invalid)('compare(%j, %j) throws', (a, b) => {
    expect(() => compare(a, b)).toThrow(SemverError);
  });
});

describe('comparison operators', () => {
  const cases: [string, string, { eq: boolean; gt: boolean; gte: boolean; lt: boolean; lte: boolean }][] = [
    ['1.2.3', '1.2.3', { eq: true, gt: false, gte: true, lt: false, lte: true }],
    ['1.2.4', '1.2.3', { eq: false, gt: true, gte: true, lt: false, lte: false }],
    ['1.2.3', '1.2.4', { eq: false, gt: false, gte: false, lt: true, lte: true }],
    ['2.0.0', '1.9.9', { eq: false, gt: true, gte: true, lt: false, lte: false }],
    ['0.9.0', '0.10.0', { eq: false, gt: false, gte: false, lt: true, lte: true }],
    ['1.0.0', '1.0.0-rc.1', { eq: false, gt: true, gte: true, lt: false, lte: false }],
    ['1.0.0-rc.1', '1.0.0', { eq: false, gt: false, gte: false, lt: true, lte: true }],
    ['1.0.0-rc.2', '1.0.0-rc.10', { eq: false, gt: false, gte: false, lt: true, lte: true }],
    ['1.0.0-rc.1', '1.0.0-rc.1', { eq: true, gt: false, gte: true, lt: false, lte: true }],
    ['1.0.0-beta', '1.0.0-alpha.9', { eq: false, gt: true, gte: true, lt: false, lte: false }],
    ['v1.0.0+a', '1.0.0+b', { eq: true, gt: false, gte: true, lt: false, lte: true }],
    ['3.0.0', '3.0.0-0', { eq: false, gt: true, gte: true, lt: false, lte: false }],
  ];

  for (const [a, b, expected] of cases) {
    describe(`${a} vs ${b}`, () => {
      it('eq', () => {
        expect(eq(a, b)).toBe(expected.eq);
      });
      it('gt', () => {
        expect(gt(a, b)).toBe(expected.gt);
      });
      it('gte', () => {
        expect(gte(a, b)).toBe(expected.gte);
      });
      it('lt', () => {
        expect(lt(a, b)).toBe(expected.lt);
      });
      it('lte', () => {
        expect(lte(a, b)).toBe(expected.lte);
      });
    });
  }
});

describe('sort', () => {
  it('orders releases and prereleases', () => {
    const list = ['1.10.0', '1.2.0', '1.2.0-rc.1', '0.9.9', '1.2.0-beta.11', '1.2.0-beta.2', '2.0.0-0'];
    expect(sort(list)).toEqual(['0.9.9', '1.2.0-beta.2', '1.2.0-beta.11', '1.2.0-rc.1', '1.2.0', '1.10.0', '2.0.0-0']);
  });

  it('does not change the list it is given', () => {
    const list = ['3.0.0', '1.0.0', '2.0.0'];
    expect(sort(list)).toEqual(['1.0.0', '2.0.0', '3.0.0']);
    expect(list).toEqual(['3.0.0', '1.0.0', '2.0.0']);
  });

  it('keeps the spelling of each entry', () => {
    expect(sort(['v2.0.0', '=1.0.0', ' 1.5.0'])).toEqual(['=1.0.0', ' 1.5.0', 'v2.0.0']);
  });
});

describe('validRange', () => {
  const cases: [string, string | null][] = [
    // any version
    ['*', '>=0.0.0'],
    ['', '>=0.0.0'],
    ['x', '>=0.0.0'],
    ['X', '>=0.0.0'],
    ['x.x.x', '>=0.0.0'],
    // exact versions
    ['1.2.3', '1.2.3'],
    ['=1.2.3', '1.2.3'],
    ['v1.2.3', '1.2.3'],
    ['1.2.3-beta.1', '1.2.3-beta.1'],
    ['1.2.3+build', '1.2.3'],
    // primitive comparators
    ['>1.2.3', '>1.2.3'],
    ['>=1.2.3', '>=1.2.3'],
    ['<1.2.3', '<1.2.3'],
    ['<=1.2.3', '<=1.2.3'],
    ['> 1.2.3', '>1.2.3'],
    ['<v1.2.3', '<1.2.3'],
    ['>=1.2.3-0', '>=1.2.3-0'],
    // x-ranges
    ['1', '>=1.0.0 <2.0.0-0'],
    ['1.x', '>=1.0.0 <2.0.0-0'],
    ['1.*', '>=1.0.0 <2.0.0-0'],
    ['1.x.x', '>=1.0.0 <2.0.0-0'],
    ['1.2', '>=1.2.0 <1.3.0-0'],
    ['1.2.x', '>=1.2.0 <1.3.0-0'],
    ['1.2.*', '>=1.2.0 <1.3.0-0'],
    ['0', '>=0.0.0 <1.0.0-0'],
    ['0.0', '>=0.0.0 <0.1.0-0'],
    ['=1.2', '>=1.2.0 <1.3.0-0'],
    ['v1.2', '>=1.2.0 <1.3.0-0'],
    // comparators with partial versions
    ['>=1', '>=1.0.0'],
    ['>=1.2', '>=1.2.0'],
    ['<1.2', '<1.2.0-0'],
    ['<1.2.x', '<1.2.0-0'],
    // tilde
    ['~1.2.3', '>=1.2.3 <1.3.0-0'],
    ['~1.2', '>=1.2.0 <1.3.0-0'],
    ['~1', '>=1.0.0 <2.0.0-0'],
    ['~0.0.1', '>=0.0.1 <0.1.0-0'],
    ['~*', '>=0.0.0'],
    ['~v1.2.3', '>=1.2.3 <1.3.0-0'],
    ['~1.2.3-beta.2', '>=1.2.3-beta.2 <1.3.0-0'],
    // caret
    ['^1.2.3', '>=1.2.3 <2.0.0-0'],
    ['^1.2', '>=1.2.0 <2.0.0-0'],
    ['^1', '>=1.0.0 <2.0.0-0'],
    ['^1.x', '>=1.0.0 <2.0.0-0'],
    ['^0.2.3', '>=0.2.3 <0.3.0-0'],
    ['^0.2', '>=0.2.0 <0.3.0-0'],
    ['^0.0.3', '>=0.0.3 <0.0.4-0'],
    ['^0.0.0', '>=0.0.0 <0.0.1-0'],
    ['^*', '>=0.0.0'],
    ['^1.2.3-rc.1', '>=1.2.3-rc.1 <2.0.0-0'],
    ['^0.0.3-beta', '>=0.0.3-beta <0.0.4-0'],
    // sets and unions
    ['>=1.2.3 <2', '>=1.2.3 <2.0.0-0'],
    ['~1.2 >=1.2.5', '>=1.2.0 <1.3.0-0 >=1.2.5'],
    ['1.x || 3.x', '>=1.0.0 <2.0.0-0||>=3.0.0 <4.0.0-0'],
    ['1.2.3||2.0.0', '1.2.3||2.0.0'],
    ['^1 || ^2 || ^3', '>=1.0.0 <2.0.0-0||>=2.0.0 <3.0.0-0||>=3.0.0 <4.0.0-0'],
    ['<1.0.0 || >=2.0.0 <2.1', '<1.0.0||>=2.0.0 <2.1.0-0'],
    // invalid ranges
    ['blah', null],
    ['1.2.3.4', null],
    ['>=abc', null],
    ['~', null],
    ['>=', null],
    ['=', null],
    ['^01.2', null],
    ['1.2.3-', null],
    ['1 - 2', null],
    ['~>1.2', null],
    ['>=1.2.3 <2.x.1', null],
    ['1.2.3 || junk', null],
  ];

  test.each(cases)('validRange(%j) is %j', (input, expected) => {
    expect(validRange(input)).toBe(expected);
  });
});

describe('parseRange', () => {
  it('keeps the raw text and the comparators', () => {
    expect(parseRange('>=1.2.3 <2')).toEqual({
      raw: '>=1.2.3 <2',
      sets: [
        [
          { operator: '>=', version: { major: 1, minor: 2, patch: 3, prerelease: [], build: [] } },
          { operator: '<', version: { major: 2, minor: 0, patch: 0, prerelease: [0], build: [] } },
        ],
      ],
    });
  });
});

describe('satisfies', () => {
  const cases: [string, string, boolean][] = [
    // exact
    ['1.2.3', '1.2.3', true],
    ['1.2.4', '1.2.3', false],
    ['1.2.3', '=1.2.3', true],
    ['v1.2.3', '1.2.3', true],
    ['1.2.3+build', '1.2.3', true],
    // primitives
    ['1.2.4', '>1.2.3', true],
    ['1.2.2', '>1.2.3', false],
    ['1.2.3', '>=1.2.3', true],
    ['1.2.2', '>=1.2.3', false],
    ['2.0.0', '>=1.2.3', true],
    ['1.2.2', '<1.2.3', true],
    ['1.2.3', '<1.2.3', false],
    ['0.0.0', '<1.2.3', true],
    ['1.2.4', '<=1.2.3', false],
    // any
    ['0.0.0', '*', true],
    ['99.99.99', '*', true],
    ['1.0.0', '', true],
    ['3.4.5', 'x', true],
    // x-ranges
    ['1.0.0', '1.x', true],
    ['1.99.0', '1.x', true],
    ['2.0.0', '1.x', false],
    ['0.9.9', '1.x', false],
    ['1.2.0', '1.2', true],
    ['1.2.99', '1.2', true],
    ['1.3.0', '1.2', false],
    ['1.1.9', '1.2', false],
    // partial comparators
    ['1.2.0', '>=1.2', true],
    ['1.1.9', '>=1.2', false],
    ['1.1.9', '<1.2', true],
    ['1.2.0', '<1.2', false],
    // tilde
    ['1.2.3', '~1.2.3', true],
    ['1.2.9', '~1.2.3', true],
    ['1.3.0', '~1.2.3', false],
    ['1.2.2', '~1.2.3', false],
    ['1.9.9', '~1', true],
    ['2.0.0', '~1', false],
    ['0.2.5', '~0.2', true],
    ['0.3.0', '~0.2', false],
    // caret
    ['1.2.3', '^1.2.3', true],
    ['1.9.0', '^1.2.3', true],
    ['2.0.0', '^1.2.3', false],
    ['1.2.2', '^1.2.3', false],
    ['0.2.9', '^0.2.3', true],
    ['0.3.0', '^0.2.3', false],
    ['0.2.2', '^0.2.3', false],
    ['0.0.3', '^0.0.3', true],
    ['0.0.4', '^0.0.3', false],
    ['1.5.0', '^1.x', true],
    // unions and intersections
    ['1.5.0', '1.x || >=2.5.0', true],
    ['2.4.0', '1.x || >=2.5.0', false],
    ['2.5.0', '1.x || >=2.5.0', true],
    ['3.0.0', '1.x || >=2.5.0', true],
    ['0.5.0', '<1.0.0 || >2.0.0', true],
    ['1.5.0', '<1.0.0 || >2.0.0', false],
    ['2.0.0', '<1.0.0 || >2.0.0', false],
    ['2.0.1', '<1.0.0 || >2.0.0', true],
    ['1.2.3', '>=1.2.3 <1.3.0', true],
    ['1.2.99', '>=1.2.3 <1.3.0', true],
    ['1.3.0', '>=1.2.3 <1.3.0', false],
    ['1.0.0', '>1.0.0 <1.0.0', false],
    // prereleases only match ranges that name their major.minor.patch
    ['1.2.3-beta.2', '^1.2.3-beta.1', true],
    ['1.2.3-beta.1', '^1.2.3-beta.1', true],
    ['1.2.3-beta.0', '^1.2.3-beta.1', false],
    ['1.2.3-alpha', '^1.2.3-beta.1', false],
    ['1.2.3', '^1.2.3-beta.1', true],
    ['1.2.3-rc.1', '^1.2.3', false],
    ['1.5.0-rc.1', '^1.2.3', false],
    ['2.0.0-beta', '^1.2.3', false],
    ['1.0.0-beta', '*', false],
    ['1.0.0-beta', '>=1.0.0-alpha', true],
    ['1.0.0-beta', '>=0.9.0', false],
    ['1.0.0-beta', '<1.0.0', false],
    ['1.0.0-beta', '1.0.0-beta', true],
    ['1.0.0-beta', '1.0.0-beta.1', false],
    ['1.0.0-beta.2', '>1.0.0-beta.1 <1.0.0', true],
    ['2.0.0-0', '<2.0.0-1', true],
    ['1.2.3-beta', '~1.2.3-alpha', true],
    ['1.2.3-beta', '1.2.3-beta || 2.x', true],
    ['2.0.0-beta', '1.2.3-beta || 2.x', false],
    // invalid input never satisfies
    ['1.2', '1.x', false],
    ['x', '*', false],
    ['1.2.3', 'blah', false],
    ['1.2.3', '>=1.2.3.4', false],
  ];

  test.each(cases)('satisfies(%j, %j) is %j', (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  it('accepts a parsed version and a parsed range', () => {
    const range = parseRange('~2.1')!;
    expect(satisfies(parse('2.1.7')!, range)).toBe(true);
    expect(satisfies(parse('2.2.0')!, range)).toBe(false);
  });
});
