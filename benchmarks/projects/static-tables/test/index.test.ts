import { describe, expect, it } from 'vitest';
import * as http from '../src/index';

describe('the public API', () => {
  it('exports the tables', () => {
    expect(http.STATUS.NOT_FOUND).toBe(404);
    expect(http.MIME_DB['application/json']?.extensions).toEqual(['json', 'map']);
    expect(http.HttpMethod.GET.name).toBe('GET');
    expect(http.CACHE_PRESETS.noStore).toBe('no-store');
  });
});

/** A miniature request handler, the way an application would put the pieces together. */
function respond(request: { method: string; path: string; headers: Record<string, string> }) {
  const reqHeaders = new http.HeaderBag(Object.entries(request.headers));
  try {
    const method = http.HttpMethod.parse(request.method);
    if (!method.safe) {
      throw new http.HttpError(405, `${method} is not allowed here`);
    }
    if (!request.path.startsWith('/files/')) {
      throw new http.HttpError(http.STATUS.NOT_FOUND!);
    }
    const fileType = http.lookup(request.path) ?? 'application/octet-stream';
    const type = http.negotiateMediaType(reqHeaders.get('accept'), [fileType]);
    if (type === undefined) {
      throw new http.HttpError(406);
    }
    const out = new http.HeaderBag([
      ['Content-Type', http.contentType(type)!],
      ['Cache-Control', http.CACHE_PRESETS.immutableAsset!],
    ]);
    if (http.isCompressible(type)) {
      const encoding = http.negotiateEncoding(reqHeaders.get('accept-encoding'));
      if (encoding !== undefined && encoding !== 'identity') {
        out.append('Content-Encoding', encoding);
      }
    }
    return { status: http.STATUS.OK!, headers: out };
  } catch (error) {
    const httpError = http.toHttpError(error);
    return { status: httpError.status, headers: new http.HeaderBag(Object.entries(httpError.headers())) };
  }
}

describe('putting it together', () => {
  it('serves a compressible file compressed', () => {
    const res = respond({ method: 'GET', path: '/files/app.js', headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, immutable, max-age=31536000');
  });

  it('serves an image as it is', () => {
    const res = respond({ method: 'get', path: '/files/logo.png', headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.has('content-encoding')).toBe(false);
  });

  it('answers 406 when the client accepts nothing available', () => {
    const res = respond({ method: 'GET', path: '/files/data.json', headers: { Accept: 'text/html' } });
    expect(res.status).toBe(406);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers 404 outside /files/', () => {
    expect(respond({ method: 'HEAD', path: '/etc/passwd', headers: {} }).status).toBe(404);
  });

  it('answers 405 to an unsafe method', () => {
    expect(respond({ method: 'POST', path: '/files/a.txt', headers: {} }).status).toBe(405);
  });

  it('answers 500 to an unknown method', () => {
    expect(respond({ method: 'BREW', path: '/files/a.txt', headers: {} }).status).toBe(500);
  });
});
