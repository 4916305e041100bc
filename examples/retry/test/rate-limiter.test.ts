import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/rate-limiter.js';

/** A bucket of 3 tokens that refills 10 per second, on a clock the test moves by hand. */
function bucket() {
  const time = { now: 0 };
  const limiter = new TokenBucket({ capacity: 3, refillPerSecond: 10, clock: () => time.now });
  return { time, limiter };
}

function drain(limiter: TokenBucket): void {
  while (limiter.tryTake()) {
    // take everything
  }
}

describe('TokenBucket', () => {
  it('starts full', () => {
    expect(bucket().limiter.available()).toBe(3);
  });

  it('hands out tokens until it is empty', () => {
    const { limiter } = bucket();
    expect([limiter.tryTake(), limiter.tryTake(), limiter.tryTake(), limiter.tryTake()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(limiter.available()).toBe(0);
  });

  it('takes several tokens at once', () => {
    const { limiter } = bucket();
    expect(limiter.tryTake(2)).toBe(true);
    expect(limiter.tryTake(2)).toBe(false);
    expect(limiter.available()).toBe(1);
  });

  it('refills at the configured rate', () => {
    const { time, limiter } = bucket();
    drain(limiter);
    time.now += 100;
    expect(limiter.available()).toBeCloseTo(1);
    time.now += 50;
    expect(limiter.available()).toBeCloseTo(1.5);
  });

  it('refills before taking', () => {
    const { time, limiter } = bucket();
    drain(limiter);
    time.now += 100;
    expect(limiter.tryTake()).toBe(true);
    expect(limiter.tryTake()).toBe(false);
  });

  it('never holds more than its capacity', () => {
    const { time, limiter } = bucket();
    limiter.tryTake();
    time.now += 60_000;
    expect(limiter.available()).toBe(3);
  });

  it('says how long until tokens are back', () => {
    const { time, limiter } = bucket();
    drain(limiter);
    expect(limiter.waitTime()).toBe(100);
    expect(limiter.waitTime(2)).toBe(200);
    time.now += 50;
    expect(limiter.waitTime()).toBe(50);
  });

  it('rejects an empty bucket', () => {
    expect(() => new TokenBucket({ capacity: 0, refillPerSecond: 1 })).toThrow(
      'capacity and refillPerSecond must be positive',
    );
  });
});

describe('TokenBucket.take', () => {
  it('takes a token at once when one is available', async () => {
    const { limiter } = bucket();
    await limiter.take();
    expect(limiter.available()).toBe(2);
  });

  // Deliberately slow (about 0.6 s): the bucket runs on its default clock, Date.now, and take()
  // really sleeps on setTimeout, so this is the one test that checks the real-time wiring
  // (fake timers would stand in for both and hide a mistake in either). Its own 3 s timeout
  // fails a bucket that waits far too long well before vitest's default 5 s.
  it('waits in real time for tokens to trickle back', { timeout: 3_000 }, async () => {
    const limiter = new TokenBucket({ capacity: 2, refillPerSecond: 5 });
    const start = Date.now();
    for (let i = 0; i < 5; i++) {
      await limiter.take();
    }
    const elapsed = Date.now() - start;
    // 2 tokens at once, then 3 more at one per 200 ms.
    expect(elapsed).toBeGreaterThanOrEqual(550);
    expect(elapsed).toBeLessThan(2_000);
    expect(limiter.available()).toBeLessThan(1);
  });
});
