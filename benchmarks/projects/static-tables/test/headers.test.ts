import { describe, expect, it } from 'vitest';
import { CANONICAL_NAMES, HOP_BY_HOP, HeaderBag, canonicalHeaderName, isHopByHop, isValidHeaderName } from '../src/headers';

describe('canonicalHeaderName', () => {
  it.each([
    ['content-type', 'Content-Type'],
    ['ETAG', 'ETag'],
    ['www-authenticate', 'WWW-Authenticate'],
    ['x-request-id', 'X-Request-ID'],
    ['te', 'TE'],
    ['if-none-match', 'If-None-Match'],
    ['CACHE-CONTROL', 'Cache-Control'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalHeaderName(input)).toBe(expected);
  });

  it('title-cases a header it does not know', () => {
    expect(canonicalHeaderName('x-custom-thing')).toBe('X-Custom-Thing');
    expect(canonicalHeaderName('SOAPACTION')).toBe('Soapaction');
  });

  it('keeps empty segments', () => {
    expect(canonicalHeaderName('x--y')).toBe('X--Y');
  });
});

describe('CANONICAL_NAMES', () => {
  it('holds no name twice, whatever the case', () => {
    const lower = CANONICAL_NAMES.map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(CANONICAL_NAMES.length);
  });
});

describe('isValidHeaderName', () => {
  it.each([
    ['X-Ok', true],
    ['accept', true],
    ["x-weird!#$%&'*+.^_`|~", true],
    ['bad header', false],
    ['a:b', false],
    ['', false],
    ['é', false],
  ])('%j → %s', (name, expected) => {
    expect(isValidHeaderName(name)).toBe(expected);
  });
});

describe('hop-by-hop headers', () => {
  it.each([
    ['Connection', true],
    ['Keep-Alive', true],
    ['transfer-encoding', true],
    ['Upgrade', true],
    ['Content-Type', false],
    ['Cache-Control', false],
  ])('%s → %s', (name, expected) => {
    expect(isHopByHop(name)).toBe(expected);
  });

  it('has eight of them', () => {
    expect(HOP_BY_HOP.size).toBe(8);
  });
});

describe('HeaderBag', () => {
  it('joins repeated values with a comma', () => {
    const bag = new HeaderBag();
    bag.append('Accept', 'text/html');
    bag.append('accept', 'application/json');
    expect(bag.get('ACCEPT')).toBe('text/html, application/json');
  });

  it('trims values', () => {
    const bag = new HeaderBag([['Vary', '  Origin  ']]);
    expect(bag.get('vary')).toBe('Origin');
  });

  it('never joins Set-Cookie', () => {
    const bag = new HeaderBag([
      ['Set-Cookie', 'a=1'],
      ['Set-Cookie', 'b=2'],
    ]);
    expect(bag.get('set-cookie')).toBe('a=1');
  });

  it('lets a second value of a single-valued header replace the first', () => {
    const bag = new HeaderBag([
      ['Content-Type', 'text/plain'],
      ['content-type', 'application/json'],
    ]);
    expect(bag.get('Content-Type')).toBe('application/json');
  });

  it('answers undefined for a missing header', () => {
    expect(new HeaderBag().get('accept')).toBeUndefined();
  });

  it('has() ignores case', () => {
    const bag = new HeaderBag([['X-Request-ID', 'r1']]);
    expect(bag.has('x-request-id')).toBe(true);
    expect(bag.has('x-trace-id')).toBe(false);
  });

  it('refuses an invalid name', () => {
    const bag = new HeaderBag();
    expect(() => bag.append('bad name', 'x')).toThrow(new TypeError('Invalid header name: "bad name"'));
  });

  it('strips hop-by-hop headers and those Connection names', () => {
    const bag = new HeaderBag([
      ['Connection', 'close, X-Internal'],
      ['Keep-Alive', 'timeout=5'],
      ['X-Internal', 'secret'],
      ['Content-Type', 'text/html'],
      ['Accept', '*/*'],
    ]);
    expect(bag.stripHopByHop()).toBe(bag);
    expect(bag.has('connection')).toBe(false);
    expect(bag.has('keep-alive')).toBe(false);
    expect(bag.has('x-internal')).toBe(false);
    expect(bag.get('content-type')).toBe('text/html');
    expect(bag.get('accept')).toBe('*/*');
  });

  it('stripping without a Connection header keeps end-to-end headers', () => {
    const bag = new HeaderBag([
      ['TE', 'trailers'],
      ['Authorization', 'Bearer x'],
    ]);
    bag.stripHopByHop();
    expect(bag.has('te')).toBe(false);
    expect(bag.get('authorization')).toBe('Bearer x');
  });
});
