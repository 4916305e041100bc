import { describe, expect, it } from 'vitest';
import {
  REDIRECT_CODES,
  STATUS,
  STATUS_TEXT,
  allowsBody,
  codesInClass,
  isKnownStatus,
  isRedirect,
  isRetryable,
  statusClass,
  statusText,
} from '../src/status';

describe('STATUS_TEXT', () => {
  it.each([
    [200, 'OK'],
    [204, 'No Content'],
    [301, 'Moved Permanently'],
    [304, 'Not Modified'],
    [400, 'Bad Request'],
    [404, 'Not Found'],
    [418, "I'm a Teapot"],
    [429, 'Too Many Requests'],
    [500, 'Internal Server Error'],
    [503, 'Service Unavailable'],
  ])('%i is %s', (code, phrase) => {
    expect(STATUS_TEXT.get(code)).toBe(phrase);
  });

  it('has no phrase for codes outside the registry', () => {
    expect(STATUS_TEXT.get(299)).toBeUndefined();
  });
});

describe('STATUS', () => {
  it.each([
    ['OK', 200],
    ['NOT_FOUND', 404],
    ['SEE_OTHER', 303],
    ['MOVED_PERMANENTLY', 301],
    ['IM_A_TEAPOT', 418],
    ['TOO_MANY_REQUESTS', 429],
    ['INTERNAL_SERVER_ERROR', 500],
  ])('STATUS.%s is %i', (name, code) => {
    expect(STATUS[name]).toBe(code);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(STATUS)).toBe(true);
  });

  it('names every code once', () => {
    expect(new Set(Object.values(STATUS)).size).toBe(Object.keys(STATUS).length);
  });
});

describe('statusClass', () => {
  it.each([
    [100, 'informational'],
    [199, 'informational'],
    [200, 'success'],
    [299, 'success'],
    [300, 'redirection'],
    [404, 'client-error'],
    [499, 'client-error'],
    [500, 'server-error'],
    [599, 'server-error'],
  ] as const)('%i is %s', (code, cls) => {
    expect(statusClass(code)).toBe(cls);
  });

  it.each([99, 600, 200.5, Number.NaN, -404])('%s has no class', (code) => {
    expect(statusClass(code)).toBeUndefined();
  });
});

describe('statusText', () => {
  it('gives the registered phrase', () => {
    expect(statusText(308)).toBe('Permanent Redirect');
  });

  it('describes an unregistered code by its class', () => {
    expect(statusText(299)).toBe('Unknown success');
    expect(statusText(499)).toBe('Unknown client error');
    expect(statusText(599)).toBe('Unknown server error');
  });

  it('rejects a code that is no status at all', () => {
    expect(() => statusText(42)).toThrow(new RangeError('Invalid HTTP status code: 42'));
  });
});

describe('codesInClass', () => {
  it('lists the redirects in code order', () => {
    expect(codesInClass('redirection')).toEqual([301, 302, 303, 304, 307, 308]);
  });

  it('lists the successes', () => {
    expect(codesInClass('success')).toEqual([200, 204]);
  });

  it('lists the server errors', () => {
    expect(codesInClass('server-error')).toEqual([500, 502, 503]);
  });

  it('has seven client errors', () => {
    expect(codesInClass('client-error')).toHaveLength(7);
  });
});

describe('isKnownStatus', () => {
  it('knows registered codes only', () => {
    expect(isKnownStatus(404)).toBe(true);
    expect(isKnownStatus(499)).toBe(false);
  });
});

describe('isRetryable', () => {
  it.each([
    [408, true],
    [429, true],
    [502, true],
    [503, true],
    [500, false],
    [404, false],
    [999, false],
  ])('%i → %s', (code, expected) => {
    expect(isRetryable(code)).toBe(expected);
  });
});

describe('allowsBody', () => {
  it.each([
    [200, true],
    [404, true],
    [204, false],
    [304, false],
    [100, false],
    [101, false],
    [299, true],
  ])('%i → %s', (code, expected) => {
    expect(allowsBody(code)).toBe(expected);
  });
});

describe('redirects', () => {
  it('knows the five redirect codes', () => {
    expect([...REDIRECT_CODES].sort()).toEqual([301, 302, 303, 307, 308]);
  });

  it.each([
    [301, true],
    [308, true],
    [304, false],
    [300, false],
    [200, false],
  ])('isRedirect(%i) is %s', (code, expected) => {
    expect(isRedirect(code)).toBe(expected);
  });
});
