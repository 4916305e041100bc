import { describe, expect, it } from 'vitest';
import { HttpMethod } from '../src/methods';

describe('HttpMethod.parse', () => {
  it('finds a method whatever its case and spacing', () => {
    expect(HttpMethod.parse('get')).toBe(HttpMethod.GET);
    expect(HttpMethod.parse(' Post ')).toBe(HttpMethod.POST);
    expect(HttpMethod.parse('DELETE')).toBe(HttpMethod.DELETE);
  });

  it('rejects an unknown method', () => {
    expect(() => HttpMethod.parse('FETCH')).toThrow(new TypeError('Unknown HTTP method: "FETCH"'));
  });

  it('rejects the empty string', () => {
    expect(() => HttpMethod.parse('')).toThrow(TypeError);
  });
});

describe('traits', () => {
  it.each([
    ['GET', true, true, 'none'],
    ['POST', false, false, 'expected'],
    ['PUT', false, true, 'expected'],
    ['DELETE', false, true, 'optional'],
    ['PATCH', false, false, 'expected'],
    ['OPTIONS', true, true, 'optional'],
  ] as const)('%s: safe %s, idempotent %s, body %s', (name, safe, idempotent, body) => {
    const method = HttpMethod.parse(name);
    expect(method.safe).toBe(safe);
    expect(method.idempotent).toBe(idempotent);
    expect(method.traits.body).toBe(body);
  });

  it('HEAD is GET without a body', () => {
    expect(HttpMethod.HEAD.traits).toEqual(HttpMethod.GET.traits);
  });
});

describe('ALL', () => {
  it('lists the nine methods in the RFC order', () => {
    expect(HttpMethod.ALL.map(String)).toEqual([
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'DELETE',
      'CONNECT',
      'OPTIONS',
      'TRACE',
      'PATCH',
    ]);
  });

  it('has exactly four safe methods', () => {
    expect(HttpMethod.ALL.filter((m) => m.safe).map((m) => m.name)).toEqual(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
  });
});

describe('retrySafe', () => {
  it.each([
    ['GET', true],
    ['PUT', true],
    ['DELETE', true],
    ['POST', false],
    ['PATCH', false],
  ])('%s → %s', (name, expected) => {
    expect(HttpMethod.parse(name).retrySafe).toBe(expected);
  });
});

describe('needsPreflight', () => {
  it('a simple method without custom headers needs none', () => {
    expect(HttpMethod.GET.needsPreflight(false)).toBe(false);
    expect(HttpMethod.POST.needsPreflight(false)).toBe(false);
  });

  it('custom headers always need one', () => {
    expect(HttpMethod.GET.needsPreflight(true)).toBe(true);
  });

  it('a non-simple method needs one', () => {
    expect(HttpMethod.PUT.needsPreflight(false)).toBe(true);
    expect(HttpMethod.DELETE.needsPreflight(false)).toBe(true);
  });
});

describe('sets', () => {
  it('SIMPLE holds GET, HEAD and POST', () => {
    expect([...HttpMethod.SIMPLE]).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('FORBIDDEN holds CONNECT, TRACE and TRACK', () => {
    expect(HttpMethod.FORBIDDEN.has('TRACK')).toBe(true);
    expect(HttpMethod.FORBIDDEN.has('CONNECT')).toBe(true);
    expect(HttpMethod.FORBIDDEN.has('GET')).toBe(false);
  });
});

it('prints as its name', () => {
  expect(`${HttpMethod.PATCH}`).toBe('PATCH');
  expect(HttpMethod.OPTIONS.toString()).toBe('OPTIONS');
});
