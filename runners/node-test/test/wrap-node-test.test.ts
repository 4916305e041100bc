import { describe, expect, it } from 'vitest';
import { wrapNodeTest, type TestLifecycle } from '../src/runtime/wrap-node-test.js';

type Fn = (...args: unknown[]) => unknown;

/** A stand-in for node:test: records what is defined, runs suites at once and tests when asked. */
function fakeNodeTest() {
  const defined: { kind: string; name: unknown; options: Record<string, unknown>; fn: Fn | undefined }[] = [];
  const definer = (kind: string) => (name: unknown, options: Record<string, unknown>, fn?: Fn) => {
    defined.push({ kind, name, options, fn });
    if (kind === 'suite') fn?.({});
  };
  const test = Object.assign(definer('test'), { it: definer('test'), describe: definer('suite'), suite: definer('suite'), before: () => 'before hook', mock: { fake: true } });
  return { test: test as unknown as Parameters<typeof wrapNodeTest>[0], defined };
}

function recordingLifecycle(selected?: string[], bail = false) {
  const log: string[] = [];
  const tests: { key: string; names: readonly string[]; todo: boolean }[] = [];
  let failed = false;
  const lifecycle: TestLifecycle = {
    defined: (test) => tests.push(test),
    selects: (key) => !selected || selected.includes(key),
    started: (key) => {
      if (bail && failed) return false;
      log.push(`start ${key}`);
      return true;
    },
    ended: (key, didFail) => {
      failed ||= didFail;
      log.push(`end ${key} ${didFail ? 'failed' : 'passed'}`);
    },
  };
  return { lifecycle, log, tests };
}

describe('node:test wrapped', () => {
  it('keys each test by its suites and name, as node:test names it, and passes other exports through', () => {
    const { test, defined } = fakeNodeTest();
    const { lifecycle, tests } = recordingLifecycle();
    const wrapped = wrapNodeTest(test, lifecycle) as Record<string, Fn> & Fn;
    (wrapped['describe'] as Fn)('outer', () => {
      (wrapped['it'] as Fn)('a', () => {});
      (wrapped['describe'] as Fn)({ timeout: 5 }, function inner() {
        wrapped(function named() {});
      });
    });
    (wrapped['test'] as Record<string, Fn>)['todo']!('later');
    expect(tests.map((t) => [t.names, t.todo])).toEqual([
      [['outer', 'a'], false],
      [['outer', 'inner', 'named'], false],
      [['later'], true],
    ]);
    expect(defined.map((d) => d.name)).toEqual(['outer', 'a', 'inner', 'named', 'later']);
    expect(defined[2]!.options).toEqual({ timeout: 5 });
    expect(wrapped['before']!()).toBe('before hook');
    expect(wrapped['mock']).toEqual({ fake: true });
  });

  it('defines the tests a run does not select as skipped, so their function and hooks never run', () => {
    const { test, defined } = fakeNodeTest();
    const { lifecycle } = recordingLifecycle(['[["b"]]']);
    const wrapped = wrapNodeTest(test, lifecycle) as Fn;
    wrapped('a', { timeout: 1 }, () => {});
    wrapped('b', () => {});
    expect(defined.map((d) => d.options)).toEqual([{ timeout: 1, skip: true }, {}]);
  });

  it('starts and ends each test around its function: returned, thrown, rejected or called back', async () => {
    const { test, defined } = fakeNodeTest();
    const { lifecycle, log } = recordingLifecycle();
    const wrapped = wrapNodeTest(test, lifecycle) as Fn;
    wrapped('sync', () => {});
    wrapped('throws', () => {
      throw new Error('no');
    });
    wrapped('rejects', async () => {
      throw new Error('no');
    });
    wrapped('callback', (_t: unknown, done: (error?: unknown) => void) => setImmediate(() => done(new Error('no'))));
    const [sync, throws, rejects, callback] = defined.map((d) => d.fn!);
    sync({});
    expect(() => throws({})).toThrow('no');
    await expect(rejects({})).rejects.toThrow('no');
    // node:test tells a callback test by its arity: the wrapper keeps it.
    expect(callback.length).toBe(2);
    const calledBack = await new Promise((resolve) => callback({}, resolve));
    expect(calledBack).toBeInstanceOf(Error);
    expect(log).toEqual([
      'start [["sync"]]',
      'end [["sync"]] passed',
      'start [["throws"]]',
      'end [["throws"]] failed',
      'start [["rejects"]]',
      'end [["rejects"]] failed',
      'start [["callback"]]',
      'end [["callback"]] failed',
    ]);
  });

  it('skips a test, without running it, when the lifecycle says the run bails', () => {
    const { test, defined } = fakeNodeTest();
    const { lifecycle } = recordingLifecycle(undefined, true);
    const wrapped = wrapNodeTest(test, lifecycle) as Fn;
    let ranSecond = false;
    wrapped('first', () => {
      throw new Error('no');
    });
    wrapped('second', () => {
      ranSecond = true;
    });
    expect(() => defined[0]!.fn!({})).toThrow();
    const skipped: unknown[] = [];
    defined[1]!.fn!({ skip: (message: string) => skipped.push(message) });
    expect(ranSecond).toBe(false);
    expect(skipped).toHaveLength(1);
  });

  it('leaves a test defined inside a running test to node:test, as part of that test', () => {
    const { test, defined } = fakeNodeTest();
    const { lifecycle, tests } = recordingLifecycle();
    const wrapped = wrapNodeTest(test, lifecycle) as Fn;
    const inner = () => {};
    wrapped('outer', () => {
      wrapped('inner', inner);
    });
    defined[0]!.fn!({});
    expect(tests.map((t) => t.names)).toEqual([['outer']]);
    // Its arguments as given: no key, no wrapped function.
    expect(defined[1]).toMatchObject({ name: 'inner', options: inner, fn: undefined });
  });
});
