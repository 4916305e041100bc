import { describe, expect, it } from 'vitest';
import { ENCODING_PREFERENCE, negotiateEncoding, negotiateMediaType, parseAcceptList } from '../src/negotiate';

describe('parseAcceptList', () => {
  it('sorts by q, highest first', () => {
    const prefs = parseAcceptList('*/*;q=0.1, text/html, application/json;q=0.9');
    expect(prefs.map((p) => [p.value, p.q])).toEqual([
      ['text/html', 1],
      ['application/json', 0.9],
      ['*/*', 0.1],
    ]);
  });

  it('puts the more specific range first at equal q', () => {
    const prefs = parseAcceptList('text/*;q=0.5, */*;q=0.5, text/html;q=0.5');
    expect(prefs.map((p) => p.value)).toEqual(['text/html', 'text/*', '*/*']);
  });

  it('keeps the header order otherwise', () => {
    expect(parseAcceptList('gzip, br, deflate').map((p) => p.value)).toEqual(['gzip', 'br', 'deflate']);
  });

  it('rates specificity', () => {
    expect(parseAcceptList('*, text/*, text/plain').map((p) => p.specificity)).toEqual([2, 1, 0]);
  });

  it.each([
    ['a;q=0.5', 0.5],
    ['a;Q=0.25', 0.25],
    ['a;q=0', 0],
    ['a;q=1.000', 1],
    ['a;q=2', 1],
    ['a;q=0.1234', 1],
    ['a;level=1;q=0.3', 0.3],
  ])('%s has q %s', (header, q) => {
    expect(parseAcceptList(header)[0]!.q).toBe(q);
  });

  it('lower-cases values and skips empty items', () => {
    expect(parseAcceptList('Text/HTML,, ,br').map((p) => p.value)).toEqual(['text/html', 'br']);
  });
});

describe('negotiateMediaType', () => {
  const available = ['text/html', 'application/json'];

  it('takes the first available type without a header', () => {
    expect(negotiateMediaType(undefined, available)).toBe('text/html');
    expect(negotiateMediaType('  ', available)).toBe('text/html');
  });

  it('takes the exact type asked for', () => {
    expect(negotiateMediaType('application/json', available)).toBe('application/json');
  });

  it('takes the preferred type', () => {
    expect(negotiateMediaType('text/html;q=0.5, application/json', available)).toBe('application/json');
  });

  it('keeps the server order on a tie', () => {
    expect(negotiateMediaType('application/json, text/html', available)).toBe('text/html');
  });

  it('matches a type range', () => {
    expect(negotiateMediaType('text/*', ['application/json', 'text/plain'])).toBe('text/plain');
  });

  it('matches anything with */*', () => {
    expect(negotiateMediaType('*/*', available)).toBe('text/html');
  });

  it('lets a specific q=0 refuse a type that a wildcard would accept', () => {
    expect(negotiateMediaType('application/json;q=0, */*;q=0.1', ['application/json', 'text/plain'])).toBe(
      'text/plain',
    );
  });

  it('reads extensions as their types', () => {
    expect(negotiateMediaType('application/json', ['html', 'json'])).toBe('application/json');
  });

  it('finds nothing when nothing matches', () => {
    expect(negotiateMediaType('image/png', available)).toBeUndefined();
  });
});

describe('negotiateEncoding', () => {
  it('is identity without a header', () => {
    expect(negotiateEncoding(undefined)).toBe('identity');
  });

  it("follows the server's preference when the client likes several equally", () => {
    expect(negotiateEncoding('gzip, br')).toBe('br');
  });

  it("follows the client's q first", () => {
    expect(negotiateEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
  });

  it('gives unnamed codings the q of *', () => {
    expect(negotiateEncoding('br;q=0, *;q=0.5')).toBe('gzip');
  });

  it('falls back to identity', () => {
    expect(negotiateEncoding('compress')).toBe('identity');
  });

  it('can refuse everything', () => {
    expect(negotiateEncoding('identity;q=0')).toBeUndefined();
  });

  it('uses the codings given', () => {
    expect(negotiateEncoding('gzip;q=0.8, deflate', ['gzip', 'deflate'])).toBe('deflate');
  });

  it('prefers brotli, then gzip, then deflate', () => {
    expect(ENCODING_PREFERENCE).toEqual(['br', 'gzip', 'deflate', 'identity']);
  });
});
