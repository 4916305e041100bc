import { type BackoffOptions, type Random, backoffDelay } from './backoff.js';
import { sleep } from './sleep.js';

export interface RetryOptions extends BackoffOptions {
  /** How many times `fn` is called at most, the first call included. */
  readonly attempts?: number;
  /** Whether a failure is worth another try; by default every error is. */
  readonly shouldRetry?: (error: unknown, attempt: number) => boolean;
  /** Called before waiting for a retry, e.g. to log it. */
  readonly onRetry?: (error: unknown, attempt: number, delay: number) => void;
  /** Aborting stops the loop: no more calls, and a pending wait ends at once. */
  readonly signal?: AbortSignal;
  readonly random?: Random;
}

export const DEFAULT_ATTEMPTS = 3;

/** Thrown when every attempt failed; `cause` is the last error. */
export class RetryError extends Error {
  constructor(
    readonly attempts: number,
    cause: unknown,
  ) {
    super(`Gave up after ${attempts} attempts`, { cause });
    this.name = 'RetryError';
  }
}

/** Calls `fn` until it succeeds, waiting with exponential backoff between failed attempts. */
export async function retry<T>(fn: (attempt: number) => Promise<T> | T, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  if (attempts < 1) {
    throw new RangeError(`attempts must be at least 1, got ${attempts}`);
  }
  const shouldRetry = options.shouldRetry ?? (() => true);
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (error) {
      // A permanent failure (a 404, a validation error) goes back to the caller as it is.
      if (!shouldRetry(error, attempt)) {
        throw error;
      }
      if (attempt >= attempts) {
        throw new RetryError(attempt, error);
      }
      const delay = backoffDelay(attempt, options, options.random);
      options.onRetry?.(error, attempt, delay);
      await sleep(delay, options.signal);
    }
  }
}
