export {
  type BackoffOptions,
  type Random,
  DEFAULT_BACKOFF,
  backoffDelay,
  exponentialDelay,
} from './backoff.js';
export { type Clock, type TokenBucketOptions, TokenBucket } from './rate-limiter.js';
export { DEFAULT_ATTEMPTS, type RetryOptions, RetryError, retry } from './retry.js';
export { sleep } from './sleep.js';
