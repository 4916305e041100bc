import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { restoreSnapshot, takeSnapshot } from '../src/worker-state.js';

type Loose = Record<string | symbol, unknown>;

describe('worker state snapshots', () => {
  it('put back what a failing test left: process.cwd, env, globals, a spied built-in, a listener', () => {
    const snapshot = takeSnapshot();
    const realCwd = process.cwd;
    const realRandom = Math.random;
    process.cwd = () => '';
    process.env['MUTATE_TEST_LEAK'] = 'leaked';
    (globalThis as Loose)['leakedGlobal'] = 1;
    Math.random = () => 4;
    const listener = () => {};
    process.on('warning', listener);

    const drift = restoreSnapshot(snapshot);

    expect(drift.restored).toBe(true);
    expect(drift.changed).toEqual(expect.arrayContaining(['process.cwd', 'env.MUTATE_TEST_LEAK', 'globalThis.leakedGlobal', 'Math.random', 'process.on(warning)']));
    expect(process.cwd).toBe(realCwd);
    expect(process.env['MUTATE_TEST_LEAK']).toBeUndefined();
    expect('leakedGlobal' in globalThis).toBe(false);
    expect(Math.random).toBe(realRandom);
    expect(process.listeners('warning')).not.toContain(listener);
    // Nothing left to put back the second time.
    expect(restoreSnapshot(snapshot)).toEqual({ changed: [], restored: true, onlyPermanentAdditions: false });
  });

  it('says when a global added for good cannot be taken away', () => {
    const snapshot = takeSnapshot();
    const key = Symbol('mutate.test.permanent');
    Object.defineProperty(globalThis, key, { value: 1, configurable: false });
    const drift = restoreSnapshot(snapshot);
    expect(drift.restored).toBe(false);
    expect(drift.onlyPermanentAdditions).toBe(true);
    expect(drift.changed).toContain('globalThis.Symbol(mutate.test.permanent)');
  });

  it('counts a change it cannot undo as more than a permanent addition', () => {
    const snapshot = takeSnapshot();
    const timer = setInterval(() => {}, 60_000);
    try {
      const drift = restoreSnapshot(snapshot);
      expect(drift).toMatchObject({ restored: false, onlyPermanentAdditions: false });
      expect(drift.changed).toContain('timers');
    } finally {
      clearInterval(timer);
    }
  });

  it('cannot undo a handle a test left open, whose code may still run into a later test (a server)', async () => {
    const snapshot = takeSnapshot();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const drift = restoreSnapshot(snapshot);
      expect(drift).toMatchObject({ restored: false, onlyPermanentAdditions: false });
      expect(drift.changed).toContain('open TCPServerWrap');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
