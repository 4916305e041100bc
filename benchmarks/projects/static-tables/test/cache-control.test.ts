import { describe, expect, it } from 'vitest';
import { CACHE_PRESETS, DIRECTIVES, formatCacheControl, parseCacheControl } from '../src/cache-control';

describe('parseCacheControl', () => {
  it.each([
    ['max-age=60', { maxAge: 60 }],
    ['no-cache', { noCache: true }],
    ['no-store', { noStore: true }],
    ['public, max-age=3600, s-maxage=600', { public: true, maxAge: 3600, sMaxage: 600 }],
    ['MAX-AGE=5', { maxAge: 5 }],
    ['max-age="30"', { maxAge: 30 }],
    ['  no-store  ,  must-revalidate ', { noStore: true, mustRevalidate: true }],
    ['stale-while-revalidate=30', { staleWhileRevalidate: 30 }],
    ['private', { private: true }],
  ])('%s', (header, expected) => {
    expect(parseCacheControl(header)).toEqual(expected);
  });

  it('reads the field names of private and no-cache', () => {
    expect(parseCacheControl('private="Set-Cookie, Authorization"')).toEqual({
      private: ['set-cookie', 'authorization'],
    });
    expect(parseCacheControl('no-cache=x-token')).toEqual({ noCache: ['x-token'] });
  });

  it('drops seconds that are not a whole number', () => {
    expect(parseCacheControl('max-age=abc')).toEqual({});
    expect(parseCacheControl('max-age=-1')).toEqual({});
    expect(parseCacheControl('max-age=1.5')).toEqual({});
    expect(parseCacheControl('max-age')).toEqual({});
  });

  it('keeps the first of a repeated directive', () => {
    expect(parseCacheControl('max-age=5, max-age=10')).toEqual({ maxAge: 5 });
  });

  it('ignores unknown directives and empty parts', () => {
    expect(parseCacheControl('foo, no-store,, public')).toEqual({ noStore: true, public: true });
  });

  it('ignores junk', () => {
    expect(parseCacheControl('@@, max-age=1')).toEqual({ maxAge: 1 });
  });
});

describe('formatCacheControl', () => {
  it('writes directives in a fixed order', () => {
    expect(formatCacheControl({ maxAge: 60, public: true })).toBe('public, max-age=60');
    expect(formatCacheControl({ noStore: true, noCache: true })).toBe('no-cache, no-store');
  });

  it('quotes field lists', () => {
    expect(formatCacheControl({ private: ['x-a', 'x-b'] })).toBe('private="x-a, x-b"');
  });

  it('writes an empty field list as the bare directive', () => {
    expect(formatCacheControl({ private: [] })).toBe('private');
  });

  it('leaves out false, undefined and unknown properties', () => {
    expect(formatCacheControl({ immutable: false, maxAge: undefined, bogus: true })).toBe('');
  });

  it('refuses negative or fractional seconds', () => {
    expect(() => formatCacheControl({ maxAge: -1 })).toThrow(
      new RangeError('max-age needs a whole number of seconds, got -1'),
    );
    expect(() => formatCacheControl({ sMaxage: 1.5 })).toThrow(RangeError);
  });

  it('refuses seconds that are not a number', () => {
    expect(() => formatCacheControl({ sMaxage: true })).toThrow(
      new RangeError('s-maxage needs a whole number of seconds, got true'),
    );
  });

  it('accepts zero seconds', () => {
    expect(formatCacheControl({ sMaxage: 0 })).toBe('s-maxage=0');
  });

  it('round-trips through the parser', () => {
    const header = 'public, must-revalidate, max-age=120, stale-while-revalidate=30';
    expect(formatCacheControl(parseCacheControl(header))).toBe(header);
  });
});

describe('CACHE_PRESETS', () => {
  it.each([
    ['noStore', 'no-store'],
    ['revalidate', 'no-cache, max-age=0'],
    ['publicHour', 'public, max-age=3600, stale-while-revalidate=60'],
    ['immutableAsset', 'public, immutable, max-age=31536000'],
  ])('%s is %s', (name, value) => {
    expect(CACHE_PRESETS[name]).toBe(value);
  });
});

describe('DIRECTIVES', () => {
  it('knows which directives take field names', () => {
    const fields = Object.entries(DIRECTIVES)
      .filter(([, spec]) => spec.kind === 'fields')
      .map(([name]) => name);
    expect(fields).toEqual(['private', 'no-cache']);
  });
});
