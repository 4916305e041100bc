/**
 * Errors that know their status, and their rendering as problem details (RFC 9457).
 */

import { contentType } from './mime';
import { STATUS, isRetryable, statusClass, statusText } from './status';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  retryAfter?: number;
}

/** What a client is told by default, when the error gives no detail of its own. */
const DEFAULT_DETAILS: ReadonlyMap<number, string> = new Map([
  [STATUS.BAD_REQUEST!, 'The request could not be understood.'],
  [STATUS.UNAUTHORIZED!, 'Authentication is required to access this resource.'],
  [STATUS.NOT_FOUND!, 'The requested resource does not exist.'],
  [STATUS.TOO_MANY_REQUESTS!, 'Too many requests; slow down and try again later.'],
]);

export class HttpError extends Error {
  /** The problem type when none is given: the status code says it all. */
  static readonly DEFAULT_TYPE = 'about:blank';
  /** Server errors hide their message from clients unless told otherwise. */
  static readonly EXPOSE_BELOW = 500;
  static readonly CONTENT_TYPE = contentType('application/problem+json')!;
  /** Seconds a client should wait before retrying a retryable error, when none is given. */
  static readonly DEFAULT_RETRY_AFTER = 30;

  readonly status: number;
  readonly type: string;
  readonly expose: boolean;
  readonly retryAfter?: number;

  constructor(
    status: number,
    message?: string,
    options: { type?: string; expose?: boolean; retryAfter?: number; cause?: unknown } = {},
  ) {
    const cls = statusClass(status);
    if (cls !== 'client-error' && cls !== 'server-error') {
      throw new RangeError(`HttpError needs a 4xx or 5xx status, got ${status}`);
    }
    super(message ?? statusText(status), { cause: options.cause });
    this.name = 'HttpError';
    this.status = status;
    this.type = options.type ?? HttpError.DEFAULT_TYPE;
    this.expose = options.expose ?? status < HttpError.EXPOSE_BELOW;
    if (options.retryAfter !== undefined) {
      this.retryAfter = options.retryAfter;
    } else if (isRetryable(status)) {
      this.retryAfter = HttpError.DEFAULT_RETRY_AFTER;
    }
  }

  toProblem(instance?: string): ProblemDetails {
    const problem: ProblemDetails = {
      type: this.type,
      title: statusText(this.status),
      status: this.status,
    };
    const detail = this.expose ? this.message : DEFAULT_DETAILS.get(this.status);
    if (detail !== undefined && detail !== problem.title) {
      problem.detail = detail;
    }
    if (instance !== undefined) {
      problem.instance = instance;
    }
    if (this.retryAfter !== undefined) {
      problem.retryAfter = this.retryAfter;
    }
    return problem;
  }

  /** Headers to send with the problem response. */
  headers(): Record<string, string> {
    const headers: Record<string, string> = { 'Content-Type': HttpError.CONTENT_TYPE };
    if (this.retryAfter !== undefined) {
      headers['Retry-After'] = String(this.retryAfter);
    }
    if (this.status === STATUS.UNAUTHORIZED) {
      headers['WWW-Authenticate'] = 'Bearer';
    }
    return headers;
  }
}

/** Any thrown value as an HttpError: HttpErrors as they are, everything else as a 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) {
    return error;
  }
  const message = error instanceof Error ? error.message : String(error);
  return new HttpError(STATUS.INTERNAL_SERVER_ERROR!, message, { cause: error });
}

export function defaultDetail(status: number): string | undefined {
  return DEFAULT_DETAILS.get(status);
}
