/** How long to wait before each retry. Delays are in milliseconds. */
export interface BackoffOptions {
  /** Delay before the first retry. */
  readonly initialDelay?: number;
  /** Each retry waits `factor` times longer than the previous one. */
  readonly factor?: number;
  /** No single delay is ever longer than this. */
  readonly maxDelay?: number;
  /**
   * "Full jitter": wait a uniformly random time between 0 and the exponential delay, so that
   * clients that failed together do not all retry together. Off, the delay is exact.
   */
  readonly jitter?: boolean;
}

export const DEFAULT_BACKOFF = {
  initialDelay: 100,
  factor: 2,
  maxDelay: 10_000,
  jitter: true,
} as const satisfies Required<BackoffOptions>;

/** Returns a number in [0, 1); `Math.random` by default, injectable so tests can pin it. */
export type Random = () => number;

/** The delay before retry number `attempt` (1 for the first retry), without jitter. */
export function exponentialDelay(attempt: number, options: BackoffOptions = {}): number {
  if (attempt < 1) {
    throw new RangeError(`attempt must be at least 1, got ${attempt}`);
  }
  const initial = options.initialDelay ?? DEFAULT_BACKOFF.initialDelay;
  const factor = options.factor ?? DEFAULT_BACKOFF.factor;
  const max = options.maxDelay ?? DEFAULT_BACKOFF.maxDelay;
  const delay = initial * factor ** (attempt - 1);
  return Math.min(delay, max);
}

/** The delay before retry number `attempt`, with jitter applied, rounded to whole milliseconds. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}, random: Random = Math.random): number {
  const base = exponentialDelay(attempt, options);
  const jitter = options.jitter ?? DEFAULT_BACKOFF.jitter;
  if (!jitter) {
    return base;
  }
  return Math.floor(random() * base);
}
