import { describe, expect, it } from 'vitest';
import { HttpError, defaultDetail, toHttpError } from '../src/problem';

describe('HttpError', () => {
  it('takes its message from the status by default', () => {
    const error = new HttpError(404);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toBe('Not Found');
    expect(error.name).toBe('HttpError');
    expect(error.status).toBe(404);
    expect(error.type).toBe('about:blank');
  });

  it('exposes client errors and hides server errors', () => {
    expect(new HttpError(400, 'bad id').expose).toBe(true);
    expect(new HttpError(499).expose).toBe(true);
    expect(new HttpError(500, 'db down').expose).toBe(false);
  });

  it('can be told to expose or hide', () => {
    expect(new HttpError(503, 'maintenance', { expose: true }).expose).toBe(true);
    expect(new HttpError(401, 'token expired', { expose: false }).expose).toBe(false);
  });

  it.each([200, 302, 100, 700])('refuses status %i', (status) => {
    expect(() => new HttpError(status)).toThrow(
      new RangeError(`HttpError needs a 4xx or 5xx status, got ${status}`),
    );
  });

  it('keeps a custom type and cause', () => {
    const cause = new Error('inner');
    const error = new HttpError(409, 'taken', { type: 'https://example.com/probs/taken', cause });
    expect(error.type).toBe('https://example.com/probs/taken');
    expect(error.cause).toBe(cause);
  });

  it('asks retryable errors to come back later', () => {
    expect(new HttpError(503).retryAfter).toBe(HttpError.DEFAULT_RETRY_AFTER);
    expect(new HttpError(429, 'slow down', { retryAfter: 5 }).retryAfter).toBe(5);
    expect(new HttpError(404).retryAfter).toBeUndefined();
  });
});

describe('toProblem', () => {
  it('describes an exposed error', () => {
    expect(new HttpError(404, 'User 7 not found').toProblem('/users/7')).toEqual({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: 'User 7 not found',
      instance: '/users/7',
    });
  });

  it('leaves out a detail that repeats the title', () => {
    expect(new HttpError(400).toProblem()).toEqual({ type: 'about:blank', title: 'Bad Request', status: 400 });
  });

  it('hides the message of a server error', () => {
    expect(new HttpError(500, 'db password wrong').toProblem()).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
    });
  });

  it('puts the default detail in place of a hidden message', () => {
    const problem = new HttpError(401, 'token expired', { expose: false }).toProblem();
    expect(problem.detail).toBe('Authentication is required to access this resource.');
  });

  it('says when to retry', () => {
    expect(new HttpError(503, 'down').toProblem()).toEqual({
      type: 'about:blank',
      title: 'Service Unavailable',
      status: 503,
      retryAfter: 30,
    });
  });
});

describe('headers', () => {
  it('always has the problem content type', () => {
    expect(new HttpError(404).headers()).toEqual({ 'Content-Type': 'application/problem+json' });
  });

  it('adds Retry-After', () => {
    expect(new HttpError(429, 'x', { retryAfter: 12 }).headers()['Retry-After']).toBe('12');
  });

  it('asks for credentials on 401', () => {
    expect(new HttpError(401).headers()).toEqual({
      'Content-Type': 'application/problem+json',
      'WWW-Authenticate': 'Bearer',
    });
  });
});

describe('toHttpError', () => {
  it('passes an HttpError through', () => {
    const error = new HttpError(418);
    expect(toHttpError(error)).toBe(error);
  });

  it('wraps any other error as a 500', () => {
    const cause = new Error('boom');
    const error = toHttpError(cause);
    expect(error.status).toBe(500);
    expect(error.message).toBe('boom');
    expect(error.cause).toBe(cause);
  });

  it('wraps a thrown string', () => {
    expect(toHttpError('oops').message).toBe('oops');
  });
});

describe('defaultDetail', () => {
  it.each([
    [404, 'The requested resource does not exist.'],
    [429, 'Too many requests; slow down and try again later.'],
  ])('%i has a default detail', (status, detail) => {
    expect(defaultDetail(status)).toBe(detail);
  });

  it('is undefined for a status without one', () => {
    expect(defaultDetail(418)).toBeUndefined();
  });
});
