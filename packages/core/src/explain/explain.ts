import type { Mutant } from '../types.js';
import type { Observation, Recorded } from './probe-records.js';
import type { ConstantValue, Operation, ProbeShape } from './probe-shape.js';

/** What is known of a survivor when it is explained. */
export interface SurvivorFacts {
  readonly mutant: Mutant;
  /** Its probe's shape; undefined for a statement, a block, or an expression given no probe. */
  readonly shape?: ProbeShape;
  /** What its probe saw while its tests ran again; undefined when no probe ran. */
  readonly observations?: readonly Observation[];
  /** How many tests cover it, and how often its code ran in the dry run. */
  readonly tests: number;
  readonly timesRun?: number;
}

/**
 * Why no test noticed a survivor, in words, by its mutator's family: for an operator or a condition,
 * what the tests fed it and an input that tells the original and the mutant apart (or the input they
 * fed that already did, unchecked); for a removed statement or a block, that its effect is never
 * asserted. Goes into the report as the survivor's `statusReason`.
 */
export function explainSurvivor(facts: SurvivorFacts): string {
  const { shape } = facts;
  if (!shape || !facts.observations || facts.observations.length === 0) return staticExplanation(facts);
  // In the order of their operands, not of the tests that gave them: the same words on every run.
  const observations = facts.observations.toSorted(byOperands);
  if (shape.original.kind === 'identity') return explainValue(facts, shape, observations);
  const inputs = observedInputs(shape, observations);
  const differing = observations.find((observation) => differs(observation));
  if (differing) {
    return `Tests gave ${inputs}. ${withInputs(shape, differing.operands)} the original gives ${show(differing.original)} and the mutant ${mutantShown(differing)}, yet no test failed: ${uncheckedWhat(facts.mutant)}.`;
  }
  const found = distinguishingInput(shape, observations);
  const computed = observations.every((observation) => observation.mutant !== undefined || observation.threw !== undefined);
  const agreement = computed ? `the original and the mutant agree on ${observations.length === 1 ? 'it' : observations.length === 2 ? 'both' : `all ${observations.length}`}` : `the original gave ${distinct(observations.map((observation) => show(observation.original)))}`;
  if (found) {
    return `Tests gave ${inputs}: ${agreement}. ${describeInputs(shape, found.operands, found.varied)} tells them apart (original ${describeOutcome(found.original)}, mutant ${describeOutcome(found.mutant)}): a test with it would catch the mutant.`;
  }
  if (computed) return `Tests gave ${inputs}: ${agreement}, and on every other input tried: the mutant may be equivalent to the original.`;
  return `Tests gave ${inputs}: ${agreement}. What the mutant gives could not be computed safely for these operands (objects, or a call); ${uncheckedHint(facts.mutant)}.`;
}

/**
 * A whole expression's value (a literal, a returned value): the code is its own input, so there is no
 * input to suggest; what counts is whether the mutant's value differed, and that no test looked.
 */
function explainValue(facts: SurvivorFacts, shape: ProbeShape, observations: readonly Observation[]): string {
  const { mutant } = facts;
  const literal = observations.every((observation) => sameRecorded(observation.original, observations[0]!.original)) && /^['"`]/.test(shape.operands[0]!.text.trim()) && !shape.operands[0]!.text.includes('${');
  const ran = `The tests ran ${code(shape.operands[0]!.text)}${literal ? '' : ` (it gave ${distinct(observations.map((observation) => show(observation.original)))})`}`;
  const differing = observations.find((observation) => differs(observation));
  if (differing) return `${ran}; the mutant gives ${mutantShown(differing)} instead, yet no test failed: ${uncheckedWhat(mutant)}.`;
  const computed = observations.find((observation) => observation.mutant !== undefined);
  if (computed) return `${ran}; the mutant gives ${show(computed.mutant!)}, which no test tells apart: ${uncheckedWhat(mutant)}.`;
  return `${ran}; ${uncheckedHint(mutant)}.`;
}

/** A mutant no test reaches; `inFunction`: the named function around it, which no test calls far enough. */
export function explainNoCoverage(mutant: Mutant, inFunction?: string): string {
  const where = `No test runs line ${mutant.location.start.line}${inFunction ? ` (in \`${inFunction}\`)` : ''}`;
  return `${where}: a test that reaches ${code(mutant.original)} and checks what it does would tell whether ${code(mutant.replacement)} matters.`;
}

// ---- what the tests gave

function byOperands(a: Observation, b: Observation): number {
  for (let index = 0; index < Math.min(a.operands.length, b.operands.length); index++) {
    const order = compareRecorded(a.operands[index]!, b.operands[index]!);
    if (order !== 0) return order;
  }
  return 0;
}

/** Numbers by value, then strings, then the rest by their summary. */
function compareRecorded(a: Recorded, b: Recorded): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
  const left = JSON.stringify(a);
  const right = JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

const SHOWN_VALUES = 8;

function observedInputs(shape: ProbeShape, observations: readonly Observation[]): string {
  const varying = shape.operands.map((operand, index) => ({ ...operand, index })).filter((operand) => !operand.literal);
  if (varying.length === 0) return `${code(shape.operands.map((operand) => operand.text).join(', '))} ${observations.length === 1 ? 'once' : `${observations.length} ways`}`;
  if (varying.length === 1) {
    const { text, index } = varying[0]!;
    return `${code(text)} = ${distinct(observations.map((observation) => show(observation.operands[index]!)))}`;
  }
  const names = `(${varying.map((operand) => code(operand.text)).join(', ')})`;
  const tuples = observations.map((observation) => `(${varying.map((operand) => show(observation.operands[operand.index]!)).join(', ')})`);
  return `${names} = ${distinct(tuples)}`;
}

/** "With `age` = 18", naming the operands that are not literals. */
function withInputs(shape: ProbeShape, operands: readonly Recorded[]): string {
  const named = shape.operands.map((operand, index) => ({ ...operand, index })).filter((operand) => !operand.literal && !isNotEvaluated(operands[operand.index]!));
  if (named.length === 0) return 'There';
  return `With ${named.map((operand) => `${code(operand.text)} = ${show(operands[operand.index]!)}`).join(' and ')}`;
}

function describeInputs(shape: ProbeShape, operands: readonly Value[], varied: readonly number[]): string {
  const named = shape.operands.map((operand, index) => ({ ...operand, index })).filter((operand) => varied.includes(operand.index) || !operand.literal);
  const main = named.filter((operand) => varied.includes(operand.index)).map((operand) => `${code(operand.text)} = ${showValue(operands[operand.index])}`);
  const others = named.filter((operand) => !varied.includes(operand.index)).map((operand) => `${code(operand.text)} = ${showValue(operands[operand.index])}`);
  return `${main.join(' and ')}${others.length > 0 ? ` (with ${others.join(' and ')})` : ''}`;
}

function distinct(values: readonly string[]): string {
  const unique = [...new Set(values)];
  return unique.length > SHOWN_VALUES ? `${unique.slice(0, SHOWN_VALUES).join(', ')}, …` : unique.join(', ');
}

function isNotEvaluated(recorded: Recorded): boolean {
  return recorded !== null && typeof recorded === 'object' && recorded.$ === 'not evaluated';
}

/** Known to differ: summaries that cannot stand for the same value (two objects of one class, or two arrays of one length, may). */
function differs(observation: Observation): boolean {
  if (observation.threw !== undefined) return true;
  const { original, mutant } = observation;
  if (mutant === undefined || sameRecorded(original, mutant)) return false;
  if (isShape(original) && isShape(mutant) && original.$ === mutant.$) {
    if (original.$ === 'array' || original.$ === 'string') return (original as { length: number }).length !== (mutant as { length: number }).length;
    return original.$ === 'object' ? (original as { name: string }).name !== (mutant as { name: string }).name : false;
  }
  return true;
}

function isShape(recorded: Recorded): recorded is Extract<Recorded, { $: 'object' | 'array' | 'function' | 'string' | 'symbol' }> {
  return recorded !== null && typeof recorded === 'object' && ['object', 'array', 'function', 'string', 'symbol'].includes(recorded.$);
}

function mutantShown(observation: Observation): string {
  return observation.threw !== undefined ? `throws ${article(observation.threw)}` : show(observation.mutant!);
}

// ---- inputs that tell the original and the mutant apart

type Value = string | number | boolean | null | undefined | bigint;
type Outcome = { readonly value: Value | Recorded } | { readonly threw: true };
const UNKNOWN = Symbol('unknown');

interface Found {
  readonly operands: readonly Value[];
  readonly varied: readonly number[];
  readonly original: Outcome;
  readonly mutant: Outcome;
}

/**
 * Candidate inputs near what the tests gave, nearest first: first one operand changed at a time (the
 * boundary `age = 18` beside `age = 5`), then both; the first on which the two differ is the answer.
 */
function distinguishingInput(shape: ProbeShape, observations: readonly Observation[]): Found | undefined {
  if (!shape.mutant) return undefined;
  const varying = shape.operands.map((operand, index) => index).filter((index) => !shape.operands[index]!.literal);
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

/** Values to try for one operand: the other operands' values and their neighbours, then small values of the same kind. */
function candidatesFor(shape: ProbeShape, index: number, operands: readonly (Value | typeof UNKNOWN)[], given: readonly (readonly (Value | typeof UNKNOWN)[])[], includeGiven = false): Value[] {
  const observed = given.map((values) => values[index]).filter((value): value is Value => value !== UNKNOWN);
  const others = operands.filter((value, at): value is Value => at !== index && value !== UNKNOWN);
  const kinds = new Set(observed.map((value) => typeof value));
  const candidates: Value[] = includeGiven ? [...observed] : [];
  if (kinds.has('number') || (observed.length === 0 && others.some((value) => typeof value === 'number'))) {
    for (const value of others) if (typeof value === 'number') candidates.push(value, value - 1, value + 1);
    for (const value of observed) if (typeof value === 'number') candidates.push(value - 1, value + 1);
    candidates.push(0, 1, -1, 2, 10, 100);
    if (observed.some((value) => typeof value === 'number' && !Number.isInteger(value))) candidates.push(0.5, -0.5);
  }
  if (kinds.has('string')) {
    for (const value of others) if (typeof value === 'string') candidates.push(value);
    candidates.push('', ' ', 'a');
    for (const value of observed) if (typeof value === 'string') candidates.push(`${value}x`, `x${value}`, ` ${value} `, value.toUpperCase(), value.toLowerCase());
  }
  if (kinds.has('bigint')) candidates.push(0n, 1n, -1n);
  const logical = shape.original.kind === 'logical' || shape.mutant?.kind === 'logical';
  if (kinds.has('boolean') || logical || shape.mutant?.kind === 'constant') candidates.push(true, false);
  // An object or a missing value: what the original and the mutant do with none.
  candidates.push(null, undefined);
  if (logical) candidates.push(0, '');
  // Nearest to what the tests gave first: the answer is then the boundary next to their inputs.
  const current = operands[index];
  if (typeof current === 'number') candidates.sort((a, b) => distance(a, current) - distance(b, current));
  const unique: Value[] = [];
  for (const candidate of candidates) {
    if (!includeGiven && Object.is(candidate, current)) continue;
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

function sameRecorded(a: Recorded, b: Recorded): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---- words

function show(recorded: Recorded): string {
  if (recorded === null || typeof recorded !== 'object') return typeof recorded === 'string' ? JSON.stringify(recorded) : String(recorded);
  switch (recorded.$) {
    case 'bigint':
      return `${recorded.value}n`;
    case 'string':
      return `${JSON.stringify(recorded.start).slice(0, -1)}…" (${recorded.length} characters)`;
    case 'function':
      return recorded.name ? `function ${recorded.name}` : 'a function';
    case 'array':
      return recorded.length === 0 ? '[]' : `an array of ${recorded.length}`;
    case 'object':
      return recorded.name && recorded.name !== 'Object' ? `${article(recorded.name)}` : 'an object';
    case 'not evaluated':
      return '(not evaluated)';
    case 'symbol':
      return 'a symbol';
    default:
      return recorded.$;
  }
}

function showValue(value: Value | Recorded): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value !== null && typeof value === 'object') return show(value);
  return JSON.stringify(value);
}

function describeOutcome(outcome: Outcome): string {
  return 'threw' in outcome ? 'throws' : showValue(outcome.value);
}

function article(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}

function code(text: string): string {
  return `\`${oneLine(text)}\``;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/**
 * Why a difference the tests did produce went unnoticed: the value differed there, and nothing the
 * tests assert depends on it (it is not asserted, or it is lost before anything asserted).
 */
function uncheckedWhat(mutant: Mutant): string {
  switch (mutant.mutatorName) {
    case 'ConditionalExpression':
    case 'EqualityOperator':
    case 'LogicalOperator':
    case 'BooleanLiteral':
      return 'nothing the tests assert depends on what this condition decides there';
    case 'StringLiteral':
      return 'nothing the tests assert depends on this string';
    case 'ArrayDeclaration':
      return "nothing the tests assert depends on this array's contents";
    case 'ObjectLiteral':
      return "nothing the tests assert depends on this object's properties";
    case 'ReturnValue':
    case 'ArrowFunction':
      return 'nothing the tests assert depends on the value returned';
    default:
      return 'the difference never reaches anything the tests assert';
  }
}

function uncheckedHint(mutant: Mutant): string {
  switch (mutant.mutatorName) {
    case 'UpdateOperator':
    case 'AssignmentOperator':
      return 'no test checks the variable it changes afterwards';
    default:
      return `a test that asserts on \`${oneLine(mutant.original)}\` for an input where \`${oneLine(mutant.replacement)}\` gives something else would catch it`;
  }
}

/** A survivor with no probe, or one that recorded nothing: what its coverage says, by family. */
function staticExplanation({ mutant, tests, timesRun }: SurvivorFacts): string {
  const ran = `${timesRun === undefined ? '' : `${timesRun} time${timesRun === 1 ? '' : 's'}, `}in ${tests} test${tests === 1 ? '' : 's'}`;
  const original = code(mutant.original);
  switch (mutant.mutatorName) {
    case 'BlockStatement':
      return `The tests ran this block (${ran}), but emptying it changed nothing they assert: none of its effects is checked.`;
    case 'CallExpression':
      return mutant.original.trimStart().startsWith('throw')
        ? `The tests reached ${original} (${ran}), but none expects the error: a test that asserts it is thrown would catch the mutant.`
        : `The tests ran ${original} (${ran}), but none observes its effect: removing it changed nothing they assert.`;
    case 'ReturnRemoval':
      return `The tests ran ${original} (${ran}), but none checks what the function returns there.`;
    case 'ReturnValue':
      return `The tests ran ${original} (${ran}), but none checks the value returned: they pass when it is \`${oneLine(mutant.replacement)}\` instead.`;
    case 'StringLiteral':
    case 'ArrayDeclaration':
    case 'ObjectLiteral':
    case 'BooleanLiteral':
      return `The tests ran ${original} (${ran}); the mutant gives ${code(mutant.replacement)} instead, yet no test failed: ${uncheckedWhat(mutant)}.`;
    case 'Regex':
      return `The tests ran this pattern (${ran}) but never on a string that ${original} and ${code(mutant.replacement)} match differently.`;
    case 'ConditionalExpression':
      return `The tests ran this (${ran}), but what happens when it is skipped or forced changes nothing they assert.`;
    default:
      return `The tests ran this (${ran}), but none checks what the change to ${code(mutant.replacement)} affects.`;
  }
}
