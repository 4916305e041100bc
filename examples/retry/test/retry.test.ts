import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RetryError, retry } from '../src/retry.js';

/** A function that fails `failures` times, then returns `value`. */
function flaky<T>(failures: number, value: T) {
  return vi.fn(async (attempt: number) => {
    if (attempt <= failures) {
      throw new Error(`failure ${attempt}`);
    }
    return value;
  });
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('retry', () => {
  it('returns the first result without retrying', async () => {
    const fn = flaky(0, 'ok');
    await expect(retry(fn)).resolves.toBe('ok');
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('retries after the backoff delay until the call succeeds', async () => {
    const fn = flaky(2, 'ok');
    const result = retry(fn, { jitter: false });

    await vi.advanceTimersByTimeAsync(0);
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(99);
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(fn).toHaveBeenCalledTimes(3);

    await expect(result).resolves.toBe('ok');
    expect(fn.mock.calls.map(([attempt]) => attempt)).toEqual([1, 2, 3]);
  });

  it('gives up after the given number of attempts', async () => {
    const fn = flaky(Infinity, 'never');
    const result = retry(fn, { attempts: 2, jitter: false });
    const assertion = expect(result).rejects.toBeInstanceOf(RetryError);
    await vi.runAllTimersAsync();
    await assertion;
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('keeps the last error as the cause', async () => {
    const fn = flaky(Infinity, 'never');
    const result = retry(fn, { attempts: 3, jitter: false }).catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    const error = await result;
    expect(error).toMatchObject({ attempts: 3, cause: new Error('failure 3') });
  });

  it('rethrows errors that shouldRetry turns down, without retrying', async () => {
    const notFound = new Error('404');
    const fn = vi.fn(async () => {
      throw notFound;
    });
    const shouldRetry = vi.fn((error: unknown) => error !== notFound);
    const result = retry(fn, { shouldRetry }).catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await result).toBe(notFound);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(shouldRetry).toHaveBeenCalledWith(notFound, 1);
  });

  it('rejects fewer than one attempt', async () => {
    const fn = flaky(0, 'ok');
    await expect(retry(fn, { attempts: 0 })).rejects.toThrow('attempts must be at least 1, got 0');
    expect(fn).not.toHaveBeenCalled();
  });

  it('uses the backoff options for its delays', async () => {
    const fn = flaky(2, 'ok');
    const result = retry(fn, { jitter: false, initialDelay: 10, factor: 3 });
    await vi.advanceTimersByTimeAsync(10);
    expect(fn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(29);
    expect(fn).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledTimes(3);
    await expect(result).resolves.toBe('ok');
  });

  it('jitters its delays with the given random source', async () => {
    const fn = flaky(1, 'ok');
    const result = retry(fn, { jitter: true, random: () => 0.5 });
    await vi.advanceTimersByTimeAsync(49);
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledTimes(2);
    await expect(result).resolves.toBe('ok');
  });
});

describe('retry with an AbortSignal', () => {
  it('does not call fn once the signal is aborted', async () => {
    const fn = flaky(0, 'ok');
    const reason = new Error('shutting down');
    await expect(retry(fn, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(fn).not.toHaveBeenCalled();
  });

  it('stops waiting at once when aborted during a backoff delay', async () => {
    const fn = flaky(Infinity, 'never');
    const controller = new AbortController();
    const reason = new Error('user cancelled');
    const outcome = vi.fn();
    retry(fn, { signal: controller.signal, jitter: false, initialDelay: 1_000 }).then(outcome, outcome);

    await vi.advanceTimersByTimeAsync(10);
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);
    expect(outcome).toHaveBeenCalledWith(reason);

    await vi.advanceTimersByTimeAsync(10_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
