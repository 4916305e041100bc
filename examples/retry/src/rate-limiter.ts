import { sleep } from './sleep.js';

/** Milliseconds since some fixed point; `Date.now` by default, injectable so tests control time. */
export type Clock = () => number;

export interface TokenBucketOptions {
  /** The most tokens the bucket holds, i.e. the largest burst it allows. */
  readonly capacity: number;
  /** Tokens added back per second. */
  readonly refillPerSecond: number;
  readonly clock?: Clock;
}

/** A token bucket: each request takes tokens, and tokens trickle back in at a steady rate. */
export class TokenBucket {
  readonly capacity: number;
  readonly refillPerSecond: number;
  private readonly clock: Clock;
  private tokens: number;
  private lastRefill: number;

  constructor(options: TokenBucketOptions) {
    if (options.capacity <= 0 || options.refillPerSecond <= 0) {
      throw new RangeError('capacity and refillPerSecond must be positive');
    }
    this.capacity = options.capacity;
    this.refillPerSecond = options.refillPerSecond;
    this.clock = options.clock ?? Date.now;
    this.tokens = options.capacity;
    this.lastRefill = this.clock();
  }

  private refill(): void {
    const now = this.clock();
    const elapsed = now - this.lastRefill;
    if (elapsed > 0) {
      this.tokens = Math.min(this.capacity, this.tokens + (elapsed / 1000) * this.refillPerSecond);
      this.lastRefill = now;
    }
  }

  /** Tokens available right now (possibly fractional). */
  available(): number {
    this.refill();
    return this.tokens;
  }

  /** Takes `count` tokens if there are enough, and says whether it did. */
  tryTake(count = 1): boolean {
    this.refill();
    if (this.tokens >= count) {
      this.tokens -= count;
      return true;
    }
    return false;
  }

  /** How long until `count` tokens are available, in whole milliseconds (0 if they already are). */
  waitTime(count = 1): number {
    this.refill();
    const missing = count - this.tokens;
    if (missing <= 0) {
      return 0;
    }
    return Math.ceil((missing / this.refillPerSecond) * 1000);
  }

  /** Waits until `count` tokens can be taken, then takes them. */
  async take(count = 1): Promise<void> {
    if (count > this.capacity) {
      throw new RangeError(`a bucket of ${this.capacity} never holds ${count} tokens`);
    }
    while (!this.tryTake(count)) {
      await sleep(this.waitTime(count));
    }
  }
}
