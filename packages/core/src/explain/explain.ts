import type { Mutant } from '../types.js';
import { distinguishingInput, variableOperands, type Outcome, type Value } from './distinguishing-input.js';
import type { Observation, Recorded } from './probe-records.js';
import type { ProbeShape } from './probe-shape.js';
import { byOperands, differs, isNotEvaluated, sameRecorded } from './recorded-values.js';

/** What is known of a survivor when it is explained. */
export interface SurvivorFacts {
  readonly mutant: Mutant;
  /** Its probe's shape; undefined for a statement, a block, or an expression given no probe. */
  readonly shape?: ProbeShape;
  /** What its probe saw while its tests ran again; undefined when no probe ran. */
  readonly observations?: readonly Observation[];
  /** The tests gave more different inputs than the probe kept: the observations are a sample. */
  readonly sampled?: boolean;
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
  const agreement = computed ? `the original and the mutant agree on ${agreedOn(observations.length, facts.sampled === true)}` : `the original gave ${distinct(observations.map((observation) => show(observation.original)))}`;
  if (found) {
    const outcome = `original ${describeOutcome(found.original)}, mutant ${describeOutcome(found.mutant)}`;
    // A truth combination may be one the code can never make: then the mutant is equivalent, and only its author can tell.
    if (shape.original.kind === 'logical') return `Tests gave ${inputs}: ${agreement}. They never made ${describeInputs(shape, found.operands, found.varied)}, where the two differ (${outcome}); if the code can never make it, the mutant is equivalent.`;
    return `Tests gave ${inputs}: ${agreement}. ${describeInputs(shape, found.operands, found.varied)} tells them apart (${outcome}).`;
  }
  if (computed && variableOperands(shape).length === 0) {
    return `Tests gave ${inputs}: ${agreement}. Its operands are computed, so mutate suggests no value for them: a test where they make ${code(facts.mutant.original)} and ${code(facts.mutant.replacement)} differ would tell them apart.`;
  }
  if (computed) return `Tests gave ${inputs}: ${agreement}, and on every other input tried near them: the mutant may be equivalent to the original.`;
  return `Tests gave ${inputs}: ${agreement}. What the mutant gives could not be computed safely for these operands (objects, or a call); ${uncheckedHint(facts.mutant)}.`;
}

/** "both", "all 5", or, for a sample (`OBSERVATION_CAP` reached), "every one of the 24 recorded (the tests gave more)". */
function agreedOn(count: number, sampled: boolean): string {
  if (sampled) return `every one of the ${count} recorded (the tests gave more)`;
  return count === 1 ? 'it' : count === 2 ? 'both' : `all ${count}`;
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
  const same = observations.every((observation) => observation.mutant !== undefined && sameRecorded(observation.original, observation.mutant));
  if (computed && same) return `${ran}; the mutant gives ${show(computed.mutant!)}, the same every time: a test where ${code(shape.operands[0]!.text)} is not ${show(computed.mutant!)} would tell them apart.`;
  if (computed) return `${ran}; the mutant gives ${show(computed.mutant!)}, which no test tells apart: ${uncheckedWhat(mutant)}.`;
  return `${ran}; ${uncheckedHint(mutant)}.`;
}

/**
 * A mutant no test reaches; `inFunction`: the named function around it. Its line may well run (a
 * default value, the right side of `??`): only the mutated code itself is said not to.
 */
export function explainNoCoverage(mutant: Mutant, inFunction?: string): string {
  const where = `line ${mutant.location.start.line}${inFunction ? `, in \`${inFunction}\`` : ''}`;
  return `No test reaches ${code(mutant.original)} (${where}): a test that does, and checks what it does, would tell whether ${code(mutant.replacement)} matters.`;
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

function mutantShown(observation: Observation): string {
  return observation.threw !== undefined ? `throws ${article(observation.threw)}` : show(observation.mutant!);
}



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
  const times = timesRun === undefined ? '' : `${timesRun} time${timesRun === 1 ? '' : 's'}, `;
  // A mutant no single test covers that still ran did so as its module loaded (a static mutant).
  const ran = tests === 0 ? `${times}as its module loaded` : `${times}in ${tests} test${tests === 1 ? '' : 's'}`;
  const original = code(mutant.original);
  switch (mutant.mutatorName) {
    case 'BlockStatement':
      return `The tests ran this block (${ran}), but emptying it changed nothing they assert: none of its effects is checked.`;
    case 'CallExpression':
      return mutant.original.trimStart().startsWith('throw')
        ? `The tests reached ${original} (${ran}), but none expects the error: a test that asserts it is thrown would catch the mutant.`
        : `The tests ran ${original} (${ran}), but none observes its effect: removing it changed nothing they assert.`;
    case 'ReturnRemoval':
      return `The tests ran ${original} (${ran}), yet none fails without it: what the function does instead there (return later, or undefined) is not told apart by any assertion.`;
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
