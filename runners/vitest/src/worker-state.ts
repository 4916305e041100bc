// Runs inside a kept-alive test thread (imports node built-ins only). A test that fails half-way
// leaves behind what it changed — `process.cwd` replaced, an environment variable set, a global
// stubbed, fake timers installed, a spy on `console` — and a kept-alive thread would hand that to the
// next mutant's tests, which may then fail for no fault of their mutant (a false kill). This module
// takes a snapshot of that state and, after a run, puts back what changed, or says it cannot.
import { activeResources, isRequest } from './node-resources.js';

/** Objects whose own properties tests change (and forget to restore): globals, `process`, built-ins. */
function watchedObjects(): Record<string, object> {
  const g = globalThis as Record<string, unknown>;
  const watched: Record<string, object> = { globalThis, process };
  for (const name of ['console', 'Math', 'JSON', 'Reflect', 'Intl', 'Date', 'Object', 'Array', 'Promise', 'Number', 'String', 'Symbol', 'Error', 'Buffer', 'performance', 'crypto']) {
    const value = g[name];
    if (value && (typeof value === 'object' || typeof value === 'function')) watched[name] = value;
  }
  for (const name of ['Object', 'Array', 'Function', 'String', 'Number', 'Boolean', 'Date', 'Promise', 'Map', 'Set', 'RegExp', 'Error']) {
    const prototype = (g[name] as { prototype?: object } | undefined)?.prototype;
    if (prototype) watched[`${name}.prototype`] = prototype;
  }
  return watched;
}

/**
 * Globals that vitest itself sets or replaces on every run (its worker state, its console that
 * captures output) and mutate's switchboard: they change in every run and are none of the tests' doing.
 */
const OWNED_BY_THE_RUNNER = /^(__vitest|__VITEST|__mutate)/;
const OWNED_ENV = /^(VITEST|__VITEST)/;

type Descriptors = Map<string | symbol, PropertyDescriptor>;

export interface WorkerStateSnapshot {
  readonly objects: ReadonlyMap<object, { readonly name: string; readonly descriptors: Descriptors }>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exitCode: typeof process.exitCode;
  /** The working directory itself (a child process can `chdir`; a thread cannot). */
  readonly cwd: string;
  readonly listeners: ReadonlyMap<string | symbol, readonly Function[]>;
  /** How many of each kind of Node's timers and handles are open (`asyncResources`). */
  readonly asyncResources: ReadonlyMap<string, number>;
  /** A DOM environment's document and storage (jsdom, happy-dom), which a kept-alive worker keeps across runs. */
  readonly dom: string | undefined;
}

export function takeSnapshot(): WorkerStateSnapshot {
  const objects = new Map<object, { name: string; descriptors: Descriptors }>();
  for (const [name, object] of Object.entries(watchedObjects())) objects.set(object, { name, descriptors: descriptorsOf(object, name) });
  return { objects, env: { ...process.env }, exitCode: process.exitCode, cwd: process.cwd(), listeners: processListeners(), asyncResources: asyncResources(), dom: domState() };
}

function descriptorsOf(object: object, name: string): Descriptors {
  const descriptors: Descriptors = new Map();
  for (const key of Reflect.ownKeys(object)) {
    if (!watchedKey(name, key)) continue;
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (descriptor) descriptors.set(key, descriptor);
  }
  return descriptors;
}

function watchedKey(name: string, key: string | symbol): boolean {
  if (name === 'globalThis' && typeof key === 'string' && OWNED_BY_THE_RUNNER.test(key)) return false;
  // `process.env`, `process.exitCode` and the listeners (the emitter's own `_events` count) are
  // compared on their own terms below.
  return !(name === 'process' && (key === 'env' || key === 'exitCode' || key === '_eventsCount'));
}

/** A child process's IPC channel carries vitest's messages: its listeners come and go with each run. */
const CHANNEL_EVENTS = new Set<string | symbol>(['message', 'disconnect']);

function processListeners(): Map<string | symbol, Function[]> {
  return new Map(process.eventNames().filter((event) => !CHANNEL_EVENTS.has(event)).map((event) => [event, process.listeners(event as never) as Function[]]));
}

/**
 * Node's timers and handles open in this thread or process, by kind: a `setInterval` a test that
 * failed never cleared, a child process or a server it started. Code of the run waiting on one of
 * them is still going: it could fail a later run's test, or throw an unhandled error into it
 * (`unhandled-errors.ts`, which also waits out the requests, a file read, before this is read).
 * Requests are left out, and message ports, which each run's RPC channel opens and closes.
 */
function asyncResources(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const resource of activeResources()) {
    if (isRequest(resource) || resource === 'MessagePort') continue;
    counts.set(resource, (counts.get(resource) ?? 0) + 1);
  }
  return counts;
}

export interface Drift {
  /** What changed since the snapshot, for messages and tests ("process.cwd", "env.FOO"...). */
  readonly changed: readonly string[];
  /** True when everything that changed was put back exactly as it was. */
  readonly restored: boolean;
  /**
   * True when all that could not be put back are properties added for good (non-configurable), such
   * as Node's own lazily made globals (`Symbol(undici.globalDispatcher.1)` on the first `fetch`).
   */
  readonly onlyPermanentAdditions: boolean;
}

/**
 * Compares the thread's state with `snapshot` and puts back every property, variable and listener
 * that differs. What cannot be put back exactly (a non-configurable property, a timer still pending)
 * makes `restored` false: the thread must then be replaced.
 */
export function restoreSnapshot(snapshot: WorkerStateSnapshot): Drift {
  const changed: string[] = [];
  let restored = true;
  let permanentAdditions = 0;
  let failures = 0;
  const put = (done: boolean) => {
    if (!done) failures += 1;
    restored &&= done;
  };
  // Objects first, which may put `process.env` itself back if a test replaced the whole object. Each
  // property is compared as it is read, without a second map of every descriptor: this runs after
  // every run, on ~30 objects and ~1,500 properties.
  for (const [object, { name, descriptors }] of snapshot.objects) {
    let kept = 0;
    for (const key of Reflect.ownKeys(object)) {
      if (!watchedKey(name, key)) continue;
      const current = Reflect.getOwnPropertyDescriptor(object, key);
      if (!current) continue;
      const descriptor = descriptors.get(key);
      if (!descriptor) {
        changed.push(`${name}.${String(key)}`);
        const deleted = Reflect.deleteProperty(object, key);
        if (!deleted && current.configurable === false) permanentAdditions += 1;
        put(deleted);
        continue;
      }
      kept += 1;
      if (sameDescriptor(current, descriptor)) continue;
      changed.push(`${name}.${String(key)}`);
      put(define(object, key, descriptor));
    }
    if (kept === descriptors.size) continue;
    for (const [key, descriptor] of descriptors) {
      if (Object.hasOwn(object, key)) continue;
      changed.push(`${name}.${String(key)}`);
      put(define(object, key, descriptor));
    }
  }
  for (const key of new Set([...Object.keys(snapshot.env), ...Object.keys(process.env)])) {
    if (OWNED_ENV.test(key) || process.env[key] === snapshot.env[key]) continue;
    changed.push(`env.${key}`);
    if (snapshot.env[key] === undefined) delete process.env[key];
    else process.env[key] = snapshot.env[key];
  }
  // After the objects, so that `process.cwd` is the real one again.
  if (process.cwd() !== snapshot.cwd) {
    changed.push('cwd');
    try {
      process.chdir(snapshot.cwd);
    } catch {
      put(false);
    }
  }
  if (process.exitCode !== snapshot.exitCode) {
    changed.push('process.exitCode');
    process.exitCode = snapshot.exitCode;
  }
  for (const event of process.eventNames()) {
    if (CHANNEL_EVENTS.has(event)) continue;
    const before = snapshot.listeners.get(event) ?? [];
    for (const listener of process.listeners(event as never) as Function[]) {
      if (before.includes(listener)) continue;
      changed.push(`process.on(${String(event)})`);
      process.off(event as never, listener as never);
    }
  }
  // A document cannot be put back as it was (listeners, node identities): a worker whose DOM changed is replaced.
  if (domState() !== snapshot.dom) {
    changed.push('document');
    put(false);
  }
  for (const [resource, count] of asyncResources()) {
    if (count <= (snapshot.asyncResources.get(resource) ?? 0)) continue;
    changed.push(resource === 'Timeout' ? 'timers' : `open ${resource}`);
    put(false);
  }
  return { changed, restored, onlyPermanentAdditions: failures > 0 && failures === permanentAdditions };
}

/** What tests leave in a DOM environment: the document, the storages, the cookies, the address. */
function domState(): string | undefined {
  type Store = Record<string, string>;
  const g = globalThis as { document?: { documentElement?: { outerHTML: string }; cookie?: string }; location?: { href: string }; localStorage?: Store; sessionStorage?: Store };
  if (!g.document?.documentElement) return undefined;
  const storage = (store: Store | undefined) => (store ? Object.entries({ ...store }) : []);
  try {
    return JSON.stringify([g.document.documentElement.outerHTML, g.document.cookie, g.location?.href, storage(g.localStorage), storage(g.sessionStorage)]);
  } catch {
    return 'unreadable';
  }
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return Object.is(a.value, b.value) && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

function define(object: object, key: string | symbol, descriptor: PropertyDescriptor): boolean {
  try {
    return Reflect.defineProperty(object, key, descriptor);
  } catch {
    return false;
  }
}

/**
 * Keeps a kept-alive worker as clean as a new one, run after run. The first run with no failing
 * test sets the reference; after any later run, whatever differs from it is put back. A worker whose
 * state cannot be put back exactly (or whose first run failed, so that no clean state is known) must
 * be replaced. (A worker's state is its thread's, or its child process's: `globalThis` and
 * `process` are its own.)
 */
export class StateKeeper {
  private reference: WorkerStateSnapshot | undefined;

  /** Whether a clean state is known yet (a run with no failing test has ended in this worker). */
  get hasReference(): boolean {
    return this.reference !== undefined;
  }

  /** After a run (and its environment's teardown): false when the worker must be replaced. */
  afterRun(failed: boolean): boolean {
    if (!this.reference) {
      if (failed) return false;
      this.reference = takeSnapshot();
      return true;
    }
    const drift = restoreSnapshot(this.reference);
    // What a run with no failing test added for good (Node's lazily made globals) becomes part of the
    // reference; anything else that cannot be put back costs the worker.
    const accepted = !drift.restored && drift.onlyPermanentAdditions && !failed;
    if (process.env['MUTATE_DEBUG'] && drift.changed.length > 0) {
      process.stderr.write(`[mutate] test worker state drifted: ${drift.changed.join(', ')}${drift.restored ? ' (restored)' : accepted ? ' (kept: added for good)' : ' (replacing the worker)'}\n`);
    }
    if (accepted) this.reference = takeSnapshot();
    return drift.restored || accepted;
  }
}
