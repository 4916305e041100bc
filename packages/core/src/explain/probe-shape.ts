import { parseExpression, type ParserPlugin } from '@babel/parser';
import type * as t from '@babel/types';
import type { Mutant } from '../types.js';
import { PROBE } from './probe-runtime.js';

/** A JavaScript operation on a probe's operands, as data: the probe's code is made from it, and the explanation evaluates it again. */
export type Operation =
  | { readonly kind: 'binary'; readonly operator: string }
  | { readonly kind: 'logical'; readonly operator: '&&' | '||' | '??' }
  | { readonly kind: 'unary'; readonly operator: '-' | '+' | '!' | '~' }
  /** The first operand itself: the probe of a whole expression. */
  | { readonly kind: 'identity' }
  /** One of the operands (`~x` to `x`). */
  | { readonly kind: 'operand'; readonly index: number }
  /** `a?.name` and `a.name`. */
  | { readonly kind: 'member'; readonly name: string; readonly optional: boolean }
  /** `receiver.name(...arguments)`: the first operand is the receiver, the others the arguments. */
  | { readonly kind: 'method'; readonly name: string }
  /** A value that ignores the operands (`true`, `''`, `[]`). */
  | { readonly kind: 'constant'; readonly text: string; readonly value: ConstantValue };

/** A constant as the probes summarise values: arrays and objects by their shape. */
export type ConstantValue = string | number | boolean | null | { readonly $: 'undefined' } | { readonly $: 'array'; readonly length: 0 } | { readonly $: 'object'; readonly name: 'Object' };

export interface ProbeOperand {
  /** The operand's source text. */
  readonly text: string;
  /** A literal in the source (`18`, `'x'`, `undefined`): not named among what the tests gave. */
  readonly literal: boolean;
  /** The values a test could give it, for an explanation that suggests one (`operandRange`). */
  readonly range: OperandRange;
}

/**
 * What a test could make an operand: `any` value for a variable or a property (`age`, `user.name`),
 * a `count` for a length, a `boolean` for a comparison or a negation, a `typeof` name; `fixed` for a
 * literal or a constant (`MAX_AGE`, `LIMITS.adult`); `computed` for anything else (a call, arithmetic),
 * whose possible values mutate cannot know: an explanation never suggests a value for it.
 */
export type OperandRange = 'any' | 'count' | 'boolean' | 'typeof' | 'fixed' | 'computed';

/**
 * What a mutant's probe records: the operands of the mutated expression, how the original combines
 * them, and how the mutant would (undefined where it cannot be computed from them: a method swapped).
 */
export interface ProbeShape {
  readonly operands: readonly ProbeOperand[];
  /** The second operand is evaluated only where the original evaluates it (`&&`, `||`, `??`). */
  readonly lazy: boolean;
  readonly original: Operation;
  readonly mutant?: Operation;
}

/** Longer expressions get no probe: the probe repeats the original's text in the instrumented file. */
const MAX_PROBED_TEXT = 400;

/**
 * The probe shape of a mutant, or undefined for one with nothing to record: a statement or a block
 * (its coverage already says it ran), or an expression too long to copy.
 */
export function probeShapeOf(mutant: Mutant, fileText: string, filePath: string): ProbeShape | undefined {
  const { placement } = mutant;
  // A pattern's probe would see only the RegExp object, not what it is matched against.
  if (placement.kind !== 'expression' || mutant.mutatorName === 'Regex') return undefined;
  const originalText = fileText.slice(placement.start, placement.end);
  if (originalText.length > MAX_PROBED_TEXT) return undefined;
  const original = parsed(originalText, filePath);
  const replacement = parsed(placement.code, filePath);
  if (!original || !replacement || isKnownValue(original)) return undefined;
  const text = (node: t.Node) => originalText.slice(node.start!, node.end!);
  const operand = (node: t.Node): ProbeOperand => ({ text: text(node), literal: isLiteral(node), range: operandRange(node) });
  const whole: ProbeShape = { operands: [{ text: originalText, literal: false, range: 'computed' }], lazy: false, original: { kind: 'identity' }, ...constantMutant(replacement) };

  if (original.type === 'BinaryExpression' && original.left.type !== 'PrivateName') {
    const operands = [operand(original.left), operand(original.right)];
    if (replacement.type === 'BinaryExpression') return { operands, lazy: false, original: { kind: 'binary', operator: original.operator }, mutant: { kind: 'binary', operator: replacement.operator } };
    return { operands, lazy: false, original: { kind: 'binary', operator: original.operator }, ...constantMutant(replacement) };
  }
  if (original.type === 'LogicalExpression' && !/\b(?:await|yield)\b/.test(text(original.right))) {
    const operands = [operand(original.left), operand(original.right)];
    if (replacement.type === 'LogicalExpression') return { operands, lazy: true, original: { kind: 'logical', operator: original.operator }, mutant: { kind: 'logical', operator: replacement.operator } };
    return { operands, lazy: true, original: { kind: 'logical', operator: original.operator }, ...constantMutant(replacement) };
  }
  if (original.type === 'UnaryExpression' && isProbedUnary(original.operator)) {
    const operands = [operand(original.argument)];
    if (replacement.type === 'UnaryExpression' && isProbedUnary(replacement.operator)) return { operands, lazy: false, original: { kind: 'unary', operator: original.operator }, mutant: { kind: 'unary', operator: replacement.operator } };
    if (placement.code.trim() === text(original.argument).trim()) return { operands, lazy: false, original: { kind: 'unary', operator: original.operator }, mutant: { kind: 'operand', index: 0 } };
    return { operands, lazy: false, original: { kind: 'unary', operator: original.operator }, ...constantMutant(replacement) };
  }
  if (original.type === 'OptionalMemberExpression' && original.optional && !original.computed && original.property.type === 'Identifier' && replacement.type === 'MemberExpression') {
    const name = original.property.name;
    return { operands: [operand(original.object)], lazy: false, original: { kind: 'member', name, optional: true }, mutant: { kind: 'member', name, optional: false } };
  }
  const method = methodCall(original);
  if (method) {
    const operands = [operand(method.receiver), ...method.args.map(operand)];
    const original: Operation = { kind: 'method', name: method.name };
    const swapped = methodCall(replacement);
    if (swapped && swapped.args.length === method.args.length) return { operands, lazy: false, original, mutant: { kind: 'method', name: swapped.name } };
    if (placement.code.trim() === text(method.receiver).trim()) return { operands, lazy: false, original, mutant: { kind: 'operand', index: 0 } };
    return { operands, lazy: false, original, ...constantMutant(replacement) };
  }
  return whole;
}

/** `receiver.name(a, b)` with plain arguments: a call the probe can make on operands evaluated beforehand. */
function methodCall(node: t.Expression): { receiver: t.Expression; name: string; args: t.Expression[] } | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.computed || node.callee.property.type !== 'Identifier') return undefined;
  if (node.callee.object.type === 'Super' || node.arguments.some((arg) => arg.type === 'SpreadElement' || arg.type === 'ArgumentPlaceholder')) return undefined;
  return { receiver: node.callee.object, name: node.callee.property.name, args: node.arguments as t.Expression[] };
}

/**
 * A literal the source spells out (`'Christmas'`, `true`), or an array or object literal, whose probe
 * would record only what the code already says (or the length of an array): its explanation needs
 * no run, only its coverage.
 */
function isKnownValue(node: t.Expression): boolean {
  return isLiteral(node) || node.type === 'ArrayExpression' || node.type === 'ObjectExpression';
}

function isProbedUnary(operator: string): operator is '-' | '+' | '!' | '~' {
  return operator === '-' || operator === '+' || operator === '!' || operator === '~';
}

/** Code that needs no operand: a literal, `undefined`, an empty array or object. */
function constantMutant(node: t.Expression): { mutant?: Operation } {
  const value = constantValue(node);
  return value === undefined ? {} : { mutant: { kind: 'constant', text: printedConstant(value), value } };
}

function constantValue(node: t.Expression): ConstantValue | undefined {
  switch (node.type) {
    case 'BooleanLiteral':
    case 'StringLiteral':
      return node.value;
    case 'NumericLiteral':
      return node.value;
    case 'NullLiteral':
      return null;
    case 'Identifier':
      return node.name === 'undefined' ? { $: 'undefined' } : undefined;
    case 'ArrayExpression':
      return node.elements.length === 0 ? { $: 'array', length: 0 } : undefined;
    case 'ObjectExpression':
      return node.properties.length === 0 ? { $: 'object', name: 'Object' } : undefined;
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked ?? '').join('') : undefined;
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument.type === 'NumericLiteral') return -node.argument.value;
      return node.operator === 'void' && constantValue(node.argument) !== undefined ? { $: 'undefined' } : undefined;
    default:
      return undefined;
  }
}

/** Source text for a constant: a fresh array or object each time, as the mutant makes. */
function printedConstant(value: ConstantValue): string {
  if (value === null || typeof value !== 'object') return typeof value === 'number' && Object.is(value, -0) ? '-0' : JSON.stringify(value);
  return value.$ === 'undefined' ? 'undefined' : value.$ === 'array' ? '[]' : '{}';
}

const COMPARISONS = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'instanceof', 'in']);

function operandRange(node: t.Node): OperandRange {
  if (isLiteral(node)) return 'fixed';
  if (node.type === 'UnaryExpression') return node.operator === 'typeof' ? 'typeof' : node.operator === '!' ? 'boolean' : 'computed';
  if (node.type === 'BinaryExpression' && COMPARISONS.has(node.operator)) return 'boolean';
  if (node.type === 'Identifier') return isConstantName(node.name) ? 'fixed' : 'any';
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    const root = rootOf(node);
    if (!root) return 'computed';
    if (root.type === 'Identifier' && isConstantName(root.name)) return 'fixed';
    return !node.computed && node.property.type === 'Identifier' && (node.property.name === 'length' || node.property.name === 'size') ? 'count' : 'any';
  }
  return 'computed';
}

/** The identifier or `this` a chain of plain property reads starts from; undefined for a chain with a call or a computed key. */
function rootOf(node: t.Node): t.Identifier | t.ThisExpression | undefined {
  let current: t.Node = node;
  while (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') {
    if (current.computed && !isLiteral(current.property)) return undefined;
    current = current.object;
  }
  return current.type === 'Identifier' || current.type === 'ThisExpression' ? current : undefined;
}

/** `MAX_AGE`, `LIMITS`: a constant by convention, which no test sets. */
function isConstantName(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name) && name.length > 1;
}

function isLiteral(node: t.Node): boolean {
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+')) return isLiteral(node.argument);
  if (node.type === 'Identifier') return ['undefined', 'NaN', 'Infinity'].includes(node.name);
  return ['NumericLiteral', 'StringLiteral', 'BooleanLiteral', 'NullLiteral', 'BigIntLiteral', 'RegExpLiteral'].includes(node.type) || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
}

function parsed(text: string, filePath: string): t.Expression | undefined {
  const typescript = /\.[cm]?tsx?$/.test(filePath);
  const plugins: ParserPlugin[] = typescript ? (filePath.endsWith('x') ? ['typescript', 'jsx'] : ['typescript']) : ['jsx'];
  try {
    return parseExpression(text, { plugins, allowAwaitOutsideFunction: true, allowYieldOutsideFunction: true } as Parameters<typeof parseExpression>[1]);
  } catch {
    return undefined;
  }
}

/**
 * The code that stands in for the original expression while a mutant's probe is active (run id
 * `-mutant.id`): it evaluates as the original, and records (`probe-runtime.ts`).
 */
export function probeCode(probeId: number, shape: ProbeShape): string {
  const original = operationCode(shape.original, shape);
  const pure = shape.mutant !== undefined && runsNoUserCode(shape.mutant);
  const mutant = shape.mutant ? `, ${operationCode(shape.mutant, shape)}${pure ? ', true' : ''}` : '';
  const [first, second] = shape.operands.map((operand) => `(${operand.text})`);
  if (shape.lazy) return `${PROBE}.lazy(${probeId}, ${first}, () => ${second}, ${original}${mutant})`;
  return `${PROBE}.at(${probeId}, [${shape.operands.map((operand) => `(${operand.text})`).join(', ')}], ${original}${mutant})`;
}

/**
 * An operation that cannot call code of the user's whatever its operands (no `valueOf`, no getter): the
 * probe may compute the mutant with it for objects too. Picking an operand, a constant, truthiness
 * (`&&`, `||`, `??`, `!`) and strict equality.
 */
function runsNoUserCode(operation: Operation): boolean {
  switch (operation.kind) {
    case 'operand':
    case 'constant':
    case 'logical':
      return true;
    case 'unary':
      return operation.operator === '!';
    case 'binary':
      return operation.operator === '===' || operation.operator === '!==';
    default:
      return false;
  }
}

function operationCode(operation: Operation, shape: ProbeShape): string {
  // A lazy operand arrives as a thunk.
  const second = shape.lazy ? '$1()' : '$1';
  const params = shape.operands.map((_, index) => `$${index}`).join(', ');
  switch (operation.kind) {
    case 'binary':
      return `($0, $1) => $0 ${operation.operator} ${second}`;
    case 'logical':
      return `($0, $1) => $0 ${operation.operator} ${second}`;
    case 'unary':
      return `($0) => ${operation.operator}$0`;
    case 'identity':
      return '($0) => $0';
    case 'operand':
      return `(${params}) => $${operation.index}`;
    case 'member':
      return `($0) => $0${operation.optional ? '?.' : '.'}${operation.name}`;
    case 'method':
      return `(${params}) => $0.${operation.name}(${shape.operands.slice(1).map((_, index) => `$${index + 1}`).join(', ')})`;
    case 'constant':
      return `() => (${operation.text})`;
  }
}
