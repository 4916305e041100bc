import type { Observation, Recorded } from './probe-records.js';
import type { ConstantValue, Operation, ProbeShape } from './probe-shape.js';

// Finding an input that tells the original and the mutant apart: candidates near what the tests
// gave, evaluated with JavaScript's own operators (only on primitives: no code of the user runs here).

export type Value = string | number | boolean | null | undefined | bigint;
export type Outcome = { readonly value: Value | Recorded } | { readonly threw: true };
const UNKNOWN = Symbol('unknown');

export interface Found {
  readonly operands: readonly Value[];
  readonly varied: readonly number[];
  readonly original: Outcome;
  readonly mutant: Outcome;
}

/**
 * Candidate inputs near what the tests gave, nearest first: first one operand changed at a time (the
 * boundary `age = 18` beside `age = 5`), then both; the first on which the two differ is the answer.
 */
export function distinguishingInput(shape: ProbeShape, observations: readonly Observation[]): Found | undefined {
  if (!shape.mutant) return undefined;
  const varying = variableOperands(shape);
  const given = observations.map((observation) => observation.operands.map(valueOf));
  const seen = new Set(given.map((operands) => JSON.stringify(operands.map(String))));
  const tryOperands = (operands: readonly (Value | typeof UNKNOWN)[], varied: readonly number[]): Found | undefined => {
    if (operands.some((operand) => operand === UNKNOWN)) return undefined;
    const values = operands as Value[];
    if (seen.has(JSON.stringify(values.map(String)))) return undefined;
    const original = evaluate(shape.original, values);
    const mutant = evaluate(shape.mutant!, values);
    if (original === UNKNOWN || mutant === UNKNOWN || sameOutcome(original, mutant)) return undefined;
    return { operands: values, varied, original, mutant };
  };
  for (const operands of given) {
    for (const index of varying) {
      for (const candidate of candidatesFor(shape, index, operands, given)) {
        const found = tryOperands(operands.map((value, at) => (at === index ? candidate : value)), [index]);
        if (found) return found;
      }
    }
  }
  if (varying.length === 2) {
    const [first, second] = varying as [number, number];
    const base = given[0]!;
    for (const a of candidatesFor(shape, first, base, given, true)) {
      for (const b of candidatesFor(shape, second, base, given, true)) {
        const operands = base.map((value, at) => (at === first ? a : at === second ? b : value));
        const found = tryOperands(operands, [first, second]);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/**
 * The operands a test could set, by their range (`OperandRange`): a suggested value for a computed
 * one (`typeof x`, `a << 5`, a call) could be one no input gives. In `&&`, `||` and `??` any operand
 * but a fixed one may be true or false: the missing truth combination is the answer there.
 */
export function variableOperands(shape: ProbeShape): number[] {
  const logical = shape.original.kind === 'logical';
  return shape.operands.map((operand, index) => ({ operand, index })).filter(({ operand }) => operand.range !== 'fixed' && (operand.range !== 'computed' || logical)).map(({ index }) => index);
}

const LOGICAL_CANDIDATES: Partial<Record<string, readonly Value[]>> = { number: [0, 1], string: ['', 'a'], bigint: [0n, 1n] };

const TYPEOF_NAMES: readonly Value[] = ['undefined', 'object', 'boolean', 'number', 'string', 'function', 'bigint', 'symbol'];

/** Values to try for one operand, within its range: the other operands' values and their neighbours, then small values of the same kinds. */
function candidatesFor(shape: ProbeShape, index: number, operands: readonly (Value | typeof UNKNOWN)[], given: readonly (readonly (Value | typeof UNKNOWN)[])[], includeGiven = false): Value[] {
  const { range } = shape.operands[index]!;
  const observed = given.map((values) => values[index]).filter((value): value is Value => value !== UNKNOWN);
  const others = operands.filter((value, at): value is Value => at !== index && value !== UNKNOWN);
  const current = operands[index];
  if (range === 'typeof') return TYPEOF_NAMES.filter((name) => includeGiven || name !== current);
  if (range === 'boolean' || range === 'computed') return [true, false].filter((value) => includeGiven || value !== current);
  // The kinds the tests gave it, and those it is compared with (`NODE_ENV` unset, compared with 'production').
  const kinds = new Set([...observed, ...others].map((value) => typeof value));
  const candidates: Value[] = includeGiven ? [...observed] : [];
  // In `&&`, `||` and `??` only truthiness and nullishness count: one falsy and one truthy value of each kind.
  if (shape.original.kind === 'logical') {
    for (const kind of kinds) candidates.push(...(LOGICAL_CANDIDATES[kind] ?? []));
    candidates.push(false, true, null, undefined);
    return candidates.filter((value, at) => (includeGiven || !Object.is(value, current)) && candidates.findIndex((other) => Object.is(other, value)) === at);
  }
  if (kinds.has('number') || (observed.length === 0 && others.some((value) => typeof value === 'number'))) {
    for (const value of others) if (typeof value === 'number') candidates.push(value, value - 1, value + 1);
    for (const value of observed) if (typeof value === 'number') candidates.push(value - 1, value + 1);
    candidates.push(0, 1, -1, 2, 10, 100);
    if (observed.some((value) => typeof value === 'number' && !Number.isInteger(value))) candidates.push(0.5, -0.5);
  }
  if (kinds.has('string')) {
    for (const value of others) if (typeof value === 'string') candidates.push(value, `${value}x`, `x${value}`);
    candidates.push('', ' ', 'a');
    for (const value of observed) if (typeof value === 'string') candidates.push(`${value}x`, `x${value}`, ` ${value} `, value.toUpperCase(), value.toLowerCase());
  }
  if (kinds.has('bigint')) candidates.push(0n, 1n, -1n);
  if (kinds.has('boolean') || shape.mutant?.kind === 'constant') candidates.push(true, false);
  // An object or a missing value: what the original and the mutant do with none.
  candidates.push(null, undefined);
  // Nearest to what the tests gave first: the answer is then the boundary next to their inputs.
  if (typeof current === 'number') candidates.sort((a, b) => distance(a, current) - distance(b, current));
  const unique: Value[] = [];
  for (const candidate of candidates) {
    if (!includeGiven && Object.is(candidate, current)) continue;
    if (range === 'count' && !(typeof candidate === 'number' && Number.isInteger(candidate) && candidate >= 0)) continue;
    if (!unique.some((value) => Object.is(value, candidate))) unique.push(candidate);
  }
  return unique;
}

function distance(candidate: Value, from: number): number {
  return typeof candidate === 'number' && !Number.isNaN(candidate) ? Math.abs(candidate - from) : Number.POSITIVE_INFINITY;
}

function valueOf(recorded: Recorded): Value | typeof UNKNOWN {
  if (recorded === null || typeof recorded !== 'object') return recorded;
  switch (recorded.$) {
    case 'undefined':
      return undefined;
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    case '-Infinity':
      return Number.NEGATIVE_INFINITY;
    case '-0':
      return -0;
    case 'bigint':
      return BigInt(recorded.value);
    default:
      return UNKNOWN;
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the operators of JavaScript, on any values, as the code under test applies them */
const BINARY: Record<string, (a: any, b: any) => unknown> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b, '%': (a, b) => a % b, '**': (a, b) => a ** b,
  '<': (a, b) => a < b, '<=': (a, b) => a <= b, '>': (a, b) => a > b, '>=': (a, b) => a >= b,
  '==': (a, b) => a == b, '!=': (a, b) => a != b, '===': (a, b) => a === b, '!==': (a, b) => a !== b,
  '&': (a, b) => a & b, '|': (a, b) => a | b, '^': (a, b) => a ^ b, '<<': (a, b) => a << b, '>>': (a, b) => a >> b, '>>>': (a, b) => a >>> b,
};
const UNARY: Record<string, (a: any) => unknown> = { '-': (a) => -a, '+': (a) => +a, '!': (a) => !a, '~': (a) => ~a };
const LOGICAL: Record<string, (a: any, b: () => any) => unknown> = { '&&': (a, b) => a && b(), '||': (a, b) => a || b(), '??': (a, b) => a ?? b() };
/* eslint-enable @typescript-eslint/no-explicit-any */

/** Applies an operation to primitive operands, as the probe would; UNKNOWN where that is not this function's to say. */
function evaluate(operation: Operation, operands: readonly Value[]): Outcome | typeof UNKNOWN {
  const [a, b] = operands;
  try {
    switch (operation.kind) {
      case 'binary': {
        const apply = BINARY[operation.operator];
        return apply ? { value: apply(a, b) as Value } : UNKNOWN;
      }
      case 'logical':
        return { value: LOGICAL[operation.operator]!(a, () => b) as Value };
      case 'unary':
        return { value: UNARY[operation.operator]!(a) as Value };
      case 'identity':
        return { value: a };
      case 'operand':
        return { value: operands[operation.index] };
      case 'member':
        if (a === null || a === undefined) return operation.optional ? { value: undefined } : { threw: true };
        return typeof a === 'string' ? { value: (a as unknown as Record<string, Value>)[operation.name] } : UNKNOWN;
      case 'constant':
        return { value: constantRecorded(operation.value) };
      case 'method': {
        // Only a primitive's own built-in methods (a string's `startsWith`): nothing of the user's runs here.
        if (a === null || a === undefined || typeof a === 'object') return UNKNOWN;
        const method = (Object(a) as Record<string, unknown>)[operation.name];
        return typeof method === 'function' ? { value: method.apply(a, operands.slice(1)) as Value } : UNKNOWN;
      }
    }
  } catch {
    return { threw: true };
  }
}

function constantRecorded(value: ConstantValue): Value | Recorded {
  if (value !== null && typeof value === 'object' && value.$ === 'undefined') return undefined;
  return value;
}

function sameOutcome(a: Outcome, b: Outcome): boolean {
  if ('threw' in a || 'threw' in b) return 'threw' in a && 'threw' in b;
  return keyOf(a.value) === keyOf(b.value);
}

function keyOf(value: Value | Recorded): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value);
}
