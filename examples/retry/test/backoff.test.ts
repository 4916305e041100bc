import { describe, expect, it } from 'vitest';
import { backoffDelay, exponentialDelay } from '../src/backoff.js';

describe('exponentialDelay', () => {
  it('doubles from 100 ms by default', () => {
    expect([1, 2, 3, 4].map((attempt) => exponentialDelay(attempt))).toEqual([100, 200, 400, 800]);
  });

  it('uses the given initial delay and factor', () => {
    expect(exponentialDelay(1, { initialDelay: 50, factor: 3 })).toBe(50);
    expect(exponentialDelay(3, { initialDelay: 50, factor: 3 })).toBe(450);
  });

  it('never waits longer than maxDelay', () => {
    expect(exponentialDelay(10, { maxDelay: 5_000 })).toBe(5_000);
    expect(exponentialDelay(2, { maxDelay: 5_000 })).toBe(200);
  });

  it('rejects attempt numbers below 1', () => {
    expect(() => exponentialDelay(0)).toThrow(RangeError);
  });
});

describe('backoffDelay', () => {
  it('is the exact exponential delay without jitter', () => {
    expect(backoffDelay(2, { jitter: false })).toBe(200);
    expect(backoffDelay(3, { jitter: false, initialDelay: 10 })).toBe(40);
  });

  it('scales the delay by the random source with full jitter', () => {
    expect(backoffDelay(3, { jitter: true }, () => 0.5)).toBe(200);
    expect(backoffDelay(3, { jitter: true }, () => 0.999)).toBe(399);
    expect(backoffDelay(1, { jitter: true }, () => 0)).toBe(0);
  });
});
