// The recorder that explanation probes call at run time. Its source text goes into the header of
// every instrumented file that holds a probe, so it runs wherever the instrumented code runs (a vitest
// worker, a jest context, a Node process a test started): it imports nothing and closes over nothing.
import { SWITCHBOARD } from '../instrument/switchboard.js';

/** The global the probes call (`__mutate_probe`; beside the switchboard, and renamed with it). */
export const PROBE = `${SWITCHBOARD}_probe`;

/** The directory each process and thread writes its records to (the lab's scratch directory sets it). */
export const PROBES_DIR_ENV = 'MUTATE_PROBES';

/** The probes' directory in a lab's scratch directory. */
export function probesDirOf(scratchDir: string): string {
  return `${scratchDir}/probes`;
}

/** At most this many different observations are kept per probe, of each kind (the mutant agreeing, or not): enough to show what the tests gave. */
export const OBSERVATION_CAP = 24;

/**
 * A probe stands in for the original expression and behaves exactly as it: each operand is evaluated
 * once, in the original order (a lazy one only where the original would evaluate it), and the original
 * result is returned. Beside that it records the operands, the original result and, where that is
 * safe, what the mutant would have given for the same operands: only for primitive operands (an
 * object's `valueOf` or getter could run user code) or a mutant that ignores them (a constant).
 *
 * Values are summarised (strings cut, objects named by their class read from a property descriptor,
 * so no getter runs) and each different observation is appended once, as a JSON line, to a file of
 * this process and thread: what a probe saw is on disk when its test ends, whatever ends the worker.
 */
/* eslint-disable */
function installProbeRecorder(globals: any, env: string, cap: number): unknown {
  const process = globals.process;
  const dir = process?.env?.[env];
  let fs: any;
  try {
    fs = process?.getBuiltinModule?.('node:fs') ?? (typeof require === 'function' ? require('node:fs') : undefined);
  } catch {
    fs = undefined;
  }
  let threadId = 0;
  try {
    threadId = process?.getBuiltinModule?.('node:worker_threads')?.threadId ?? 0;
  } catch {}
  const file = dir && fs ? `${dir}/${process.pid}-${threadId}.jsonl` : undefined;
  const seen = new Map<number, { lines: Set<string>; agreeing: number; differing: number; more: boolean }>();
  const isPrimitive = (value: unknown) => value === null || (typeof value !== 'object' && typeof value !== 'function');
  const summary = (value: unknown): unknown => {
    switch (typeof value) {
      case 'number':
        return Number.isFinite(value) && !Object.is(value, -0) ? value : { $: Object.is(value, -0) ? '-0' : String(value) };
      case 'string':
        return value.length <= 60 ? value : { $: 'string', start: value.slice(0, 60), length: value.length };
      case 'boolean':
        return value;
      case 'undefined':
        return { $: 'undefined' };
      case 'bigint':
        return { $: 'bigint', value: String(value) };
      case 'symbol':
        return { $: 'symbol' };
      case 'function':
        return { $: 'function', name: typeof (value as { name?: unknown }).name === 'string' ? (value as { name: string }).name : '' };
    }
    if (value === null) return null;
    if (Array.isArray(value)) return { $: 'array', length: value.length };
    let name = '';
    try {
      const prototype = Object.getPrototypeOf(value);
      const constructor = prototype && Object.getOwnPropertyDescriptor(prototype, 'constructor')?.value;
      name = typeof constructor === 'function' ? String(constructor.name) : '';
    } catch {}
    return { $: 'object', name };
  };
  const write = (line: string) => {
    try {
      fs.appendFileSync(file, `${line}\n`);
    } catch {}
  };
  // Up to `cap` observations where the mutant agrees with the original, and as many again where it
  // does not (those say most): past that, one line says that more were given.
  const record = (id: number, observation: Record<string, unknown>) => {
    if (!file) return;
    let kept = seen.get(id);
    if (!kept) seen.set(id, (kept = { lines: new Set(), agreeing: 0, differing: 0, more: false }));
    const differs = 'threw' in observation || ('mutant' in observation && JSON.stringify(observation['mutant']) !== JSON.stringify(observation['original']));
    if ((differs ? kept.differing : kept.agreeing) >= cap) {
      if (!kept.more) write(JSON.stringify({ id, more: true }));
      kept.more = true;
      return;
    }
    const line = JSON.stringify({ id, ...observation });
    if (kept.lines.has(line)) return;
    kept.lines.add(line);
    if (differs) kept.differing += 1;
    else kept.agreeing += 1;
    write(line);
  };
  const mutantResult = (mutant: ((...operands: any[]) => unknown) | undefined, operands: readonly unknown[], safe: boolean) => {
    if (!mutant || !safe) return {};
    try {
      return { mutant: summary(mutant(...operands)) };
    } catch (error) {
      return { threw: error instanceof Error ? error.name : 'a value' };
    }
  };
  const NOT_EVALUATED = {};
  return {
    /** Operands evaluated in order; `original(...operands)` is the original expression. */
    at(id: number, operands: unknown[], original: (...operands: any[]) => unknown, mutant?: (...operands: any[]) => unknown, pure?: boolean) {
      const result = original(...operands);
      record(id, { operands: operands.map(summary), original: summary(result), ...mutantResult(mutant, operands, pure === true || operands.every(isPrimitive)) });
      return result;
    },
    /** `a && b`, `a || b`, `a ?? b`: `b` is a thunk, evaluated only where the original evaluates it. */
    lazy(id: number, left: unknown, right: () => unknown, original: (a: unknown, b: () => unknown) => unknown, mutant?: (a: unknown, b: () => unknown) => unknown, pure?: boolean) {
      let rightValue: unknown = NOT_EVALUATED;
      const result = original(left, () => (rightValue === NOT_EVALUATED ? (rightValue = right()) : rightValue));
      const evaluated = rightValue !== NOT_EVALUATED;
      let mutantPart: Record<string, unknown> = {};
      if (mutant && (pure === true || (isPrimitive(left) && (!evaluated || isPrimitive(rightValue))))) {
        try {
          mutantPart = {
            mutant: summary(
              mutant(left, () => {
                if (!evaluated) throw NOT_EVALUATED;
                return rightValue;
              }),
            ),
          };
        } catch (error) {
          mutantPart = error === NOT_EVALUATED ? {} : { threw: error instanceof Error ? error.name : 'a value' };
        }
      }
      record(id, { operands: [summary(left), evaluated ? summary(rightValue) : { $: 'not evaluated' }], original: summary(result), ...mutantPart });
      return result;
    },
  };
}
/* eslint-enable */

/**
 * Installs the recorder once per global scope. A scope that cannot write (no `MUTATE_PROBES`: a file
 * imported outside a run) gets probes that only compute the original.
 */
export const PROBE_HEADER = `globalThis.${PROBE} ??= (${installProbeRecorder.toString()})(globalThis, ${JSON.stringify(PROBES_DIR_ENV)}, ${OBSERVATION_CAP});\n`;
