// node:test's `test`, `it`, `describe` and `suite` (and their `.skip`, `.todo`, `.only`), wrapped so
// that mutate knows each test by its key (`test-key.ts`) as it is defined, and when its function
// runs: the switchboard (`switchboard.ts`) then gives it the mutants reached meanwhile, and skips
// the tests a mutant's run does not select. A test defined inside a running test (`t.test`, or
// `test()` called there) is part of that test, as node:test has it: a failing subtest fails it.
// Node built-ins only: it runs in the test file's process.
import { AsyncLocalStorage } from 'node:async_hooks';
import { nodeTestName, ROOT_KEY, SiblingCounter } from '../test-key.js';

/** What the wrapped functions tell, and ask, about the tests they define and run. */
export interface TestLifecycle {
  /** A test was defined (a `todo` test's failure fails nothing). */
  defined(test: { readonly key: string; readonly names: readonly string[]; readonly todo: boolean }): void;
  /** Whether the test runs in this run at all; one that does not is defined as skipped (no hooks run for it). */
  selects(key: string): boolean;
  /** Its function starts; false: skip it after all (an earlier test failed and the run bails). */
  started(key: string): boolean;
  /** Its function has ended, throwing (or rejecting, or calling back with an error) or not. */
  ended(key: string, failed: boolean): void;
}

type Definer = ((...args: unknown[]) => unknown) & Record<string, unknown>;

/** Where code runs, as the tests are defined: inside which suite, and whether inside a running test. */
interface Place {
  readonly key: string;
  readonly names: readonly string[];
  readonly inTest: boolean;
}

const VARIANTS = { skip: { skip: true }, todo: { todo: true }, only: { only: true } } as const;

/** The wrapped exports: a function (`test`, node:test's default export) carrying every export of `original`. */
export function wrapNodeTest(original: Definer, lifecycle: TestLifecycle): Definer {
  const place = new AsyncLocalStorage<Place>();
  const siblings = new SiblingCounter();

  /** node:test's arguments, `([name][, options][, fn])`, sorted out as node:test does. */
  const argumentsOf = (args: unknown[]) => {
    let [name, options, fn] = args;
    if (typeof name === 'function') fn = name;
    else if (name !== null && typeof name === 'object') [fn, options] = [options, name];
    else if (typeof options === 'function') fn = options;
    const given = options !== null && typeof options === 'object' ? (options as Record<string, unknown>) : {};
    return { name: nodeTestName(name, fn), options: given, fn: typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown) : undefined };
  };

  const defineTest = (define: Definer, overrides: object, args: unknown[]): unknown => {
    const here = place.getStore();
    if (here?.inTest) return define(...args);
    const { name, options, fn } = argumentsOf(args);
    const key = siblings.next(here?.key ?? ROOT_KEY, name);
    const names = [...(here?.names ?? []), name];
    const merged: Record<string, unknown> = { ...options, ...overrides };
    lifecycle.defined({ key, names, todo: Boolean(merged['todo']) });
    if (!lifecycle.selects(key)) merged['skip'] = true;
    return define(name, merged, fn && runAsTest(fn, { key, names, inTest: true }));
  };

  const defineSuite = (define: Definer, overrides: object, args: unknown[]): unknown => {
    const here = place.getStore();
    if (here?.inTest) return define(...args);
    const { name, options, fn } = argumentsOf(args);
    const inside: Place = { key: siblings.next(here?.key ?? ROOT_KEY, name), names: [...(here?.names ?? []), name], inTest: false };
    const body = fn && sameArity(fn, function (this: unknown, ...suiteArgs: unknown[]) {
      return place.run(inside, () => fn.apply(this, suiteArgs));
    });
    return define(name, { ...options, ...overrides }, body);
  };

  /** The test's function, run as the test `inside`: started and ended with the lifecycle, in its place. */
  const runAsTest = (fn: (...args: unknown[]) => unknown, inside: Place) =>
    // node:test tells a test taking a callback (`(t, done)`) by its function's arity: keep it.
    sameArity(fn, function (this: unknown, ...args: unknown[]) {
      const context = args[0] as { skip?: (message?: string) => void } | undefined;
      // Called back (`done`) only when the function takes one.
      const done = args.length >= 2 && typeof args.at(-1) === 'function' ? (args.at(-1) as (error?: unknown) => void) : undefined;
      if (!lifecycle.started(inside.key)) {
        context?.skip?.('mutate: an earlier test failed');
        return done?.();
      }
      let ended = false;
      const end = (failed: boolean) => {
        if (ended) return;
        ended = true;
        lifecycle.ended(inside.key, failed);
      };
      if (done) {
        const callback = (error?: unknown) => {
          end(error !== undefined && error !== null);
          done(error);
        };
        try {
          return place.run(inside, () => fn.call(this, args[0], callback));
        } catch (error) {
          end(true);
          throw error;
        }
      }
      let result: unknown;
      try {
        result = place.run(inside, () => fn.apply(this, args));
      } catch (error) {
        end(true);
        throw error;
      }
      if (!isThenable(result)) {
        end(false);
        return result;
      }
      return result.then(
        (value) => {
          end(false);
          return value;
        },
        (error: unknown) => {
          end(true);
          throw error;
        },
      );
    });

  const wrap = (define: Definer, as: typeof defineTest) => {
    const wrapped = ((...args: unknown[]) => as(define, {}, args)) as Definer;
    for (const [variant, overrides] of Object.entries(VARIANTS)) wrapped[variant] = (...args: unknown[]) => as(define, overrides, args);
    return wrapped;
  };

  const test = wrap(original, defineTest);
  const it = typeof original['it'] === 'function' ? wrap(original['it'] as Definer, defineTest) : test;
  const describe = typeof original['describe'] === 'function' ? wrap(original['describe'] as Definer, defineSuite) : undefined;
  const suite = typeof original['suite'] === 'function' ? wrap(original['suite'] as Definer, defineSuite) : describe;
  // Every other export (hooks, `mock`, `run`, `snapshot`...) as it is, getters included.
  const others = Object.getOwnPropertyDescriptors(original) as Record<string, PropertyDescriptor>;
  for (const name of ['length', 'name', 'prototype', ...Object.keys(VARIANTS)]) delete others[name];
  Object.defineProperties(test, others);
  Object.assign(test, { test, it, ...(describe ? { describe } : {}), ...(suite ? { suite } : {}) });
  return test;
}

function sameArity<F extends (...args: never[]) => unknown>(of: (...args: never[]) => unknown, fn: F): F {
  return Object.defineProperty(fn, 'length', { value: of.length });
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof (value as { then?: unknown }).then === 'function';
}
