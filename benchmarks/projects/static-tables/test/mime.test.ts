import { describe, expect, it } from 'vitest';
import { EXTENSION_TYPES, MIME_DB, charsetFor, contentType, isCompressible, lookup, parseMediaType } from '../src/mime';

describe('lookup', () => {
  it.each([
    ['json', 'application/json'],
    ['.json', 'application/json'],
    ['a/b/c.JSON', 'application/json'],
    ['C:\\site\\index.Html', 'text/html'],
    ['notes.txt', 'text/plain'],
    ['logo.png', 'image/png'],
    ['module.mjs', 'text/javascript'],
    ['archive.tar.bin', 'application/octet-stream'],
  ])('%s → %s', (input, expected) => {
    expect(lookup(input)).toBe(expected);
  });

  it('knows nothing of an unknown extension', () => {
    expect(lookup('photo.heic')).toBeUndefined();
  });

  it('finds no extension after a trailing dot', () => {
    expect(lookup('file.')).toBeUndefined();
  });
});

describe('when two types claim an extension', () => {
  it('the IANA type beats the Apache one', () => {
    expect(lookup('js')).toBe('text/javascript');
  });

  it('the Apache type beats the nginx one', () => {
    expect(lookup('wav')).toBe('audio/x-wav');
  });

  it('IANA beats nginx whatever the order', () => {
    expect(lookup('yml')).toBe('application/yaml');
  });

  it('on a tie the first type in the table keeps it', () => {
    expect(lookup('xml')).toBe('application/xml');
  });

  it('any specific type beats the fallback type', () => {
    expect(lookup('exe')).toBe('application/x-msdownload');
    expect(lookup('dll')).toBe('application/octet-stream');
  });
});

describe('EXTENSION_TYPES', () => {
  it('maps every extension of the table', () => {
    expect(EXTENSION_TYPES.size).toBe(16);
  });

  it('maps only to types of the table', () => {
    for (const type of EXTENSION_TYPES.values()) {
      expect(MIME_DB[type]).toBeDefined();
    }
  });
});

describe('charsetFor', () => {
  it.each([
    ['application/json', 'UTF-8'],
    ['text/html', 'UTF-8'],
    ['text/csv', 'UTF-8'],
    ['Text/Plain; charset=latin1', 'UTF-8'],
    ['image/png', undefined],
    ['application/xml', undefined],
  ])('%s → %s', (type, expected) => {
    expect(charsetFor(type)).toBe(expected);
  });
});

describe('isCompressible', () => {
  it.each([
    ['application/json', true],
    ['text/x-yaml', true],
    ['text/unknown', true],
    ['application/vnd.api+json', true],
    ['application/atom+xml', true],
    ['image/png', false],
    ['audio/wav', false],
    ['application/octet-stream', false],
    ['application/x-unknown', false],
  ])('%s → %s', (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});

describe('contentType', () => {
  it.each([
    ['json', 'application/json; charset=utf-8'],
    ['html', 'text/html; charset=utf-8'],
    ['text/css', 'text/css; charset=utf-8'],
    ['png', 'image/png'],
    ['application/problem+json', 'application/problem+json'],
    ['text/plain; charset=iso-8859-1', 'text/plain; charset=iso-8859-1'],
  ])('%s → %s', (input, expected) => {
    expect(contentType(input)).toBe(expected);
  });

  it('is undefined for an unknown extension', () => {
    expect(contentType('nope')).toBeUndefined();
  });
});

describe('parseMediaType', () => {
  it('splits type, subtype and suffix', () => {
    expect(parseMediaType('application/vnd.api+json')).toEqual({
      type: 'application',
      subtype: 'vnd.api+json',
      suffix: 'json',
    });
  });

  it('ignores parameters and case', () => {
    expect(parseMediaType('Text/HTML; charset=utf-8')).toEqual({ type: 'text', subtype: 'html' });
  });

  it('accepts a wildcard subtype', () => {
    expect(parseMediaType('image/*')).toEqual({ type: 'image', subtype: '*' });
  });

  it('rejects something that is no media type', () => {
    expect(() => parseMediaType('nonsense')).toThrow(new TypeError('Invalid media type: "nonsense"'));
  });
});
