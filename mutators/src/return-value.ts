import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';
import { isBooleanExpression } from './conditional-expression.js';

type ValueKind = 'number' | 'string' | 'boolean' | 'array';

const ARITHMETIC = new Set(['-', '*', '/', '%', '**', '|', '&', '^', '<<', '>>', '>>>']);
const COMPARISON = new Set(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'in', 'instanceof']);
const ARRAY_METHODS = new Set(['map', 'filter', 'slice', 'concat', 'flat', 'flatMap', 'toSorted', 'toReversed', 'split']);

/** The kind of value a function returns, from its return type annotation (unwrapping `Promise<T>` in async functions). */
function kindOfAnnotation(fn: t.Function): ValueKind | undefined {
  const annotation = fn.returnType;
  if (!t.isTSTypeAnnotation(annotation)) return undefined;
  let type = annotation.typeAnnotation;
  if (fn.async && t.isTSTypeReference(type) && t.isIdentifier(type.typeName, { name: 'Promise' })) {
    const inner = type.typeParameters?.params[0];
    if (!inner) return undefined;
    type = inner;
  }
  return kindOfType(type);
}

function kindOfType(type: t.TSType): ValueKind | undefined {
  if (t.isTSNumberKeyword(type)) return 'number';
  if (t.isTSStringKeyword(type)) return 'string';
  if (t.isTSBooleanKeyword(type)) return 'boolean';
  if (t.isTSArrayType(type) || t.isTSTupleType(type)) return t.isTSTupleType(type) ? undefined : 'array';
  if (t.isTSTypeOperator(type) && type.operator === 'readonly') return kindOfType(type.typeAnnotation);
  if (t.isTSTypeReference(type) && t.isIdentifier(type.typeName) && ['Array', 'ReadonlyArray'].includes(type.typeName.name)) return 'array';
  return undefined;
}

/** The kind of value an expression evidently has, for code without annotations. */
function kindOfExpression(node: t.Node): ValueKind | undefined {
  if (t.isNumericLiteral(node) || t.isUpdateExpression(node)) return 'number';
  if (t.isStringLiteral(node) || t.isTemplateLiteral(node)) return 'string';
  if (t.isBooleanLiteral(node)) return 'boolean';
  if (t.isArrayExpression(node)) return 'array';
  if (t.isUnaryExpression(node)) return node.operator === '!' ? 'boolean' : ['-', '+', '~'].includes(node.operator) ? 'number' : undefined;
  if (t.isBinaryExpression(node)) return ARITHMETIC.has(node.operator) ? 'number' : COMPARISON.has(node.operator) ? 'boolean' : undefined;
  if (t.isCallExpression(node) && t.isMemberExpression(node.callee) && t.isIdentifier(node.callee.property)) {
    return ARRAY_METHODS.has(node.callee.property.name) ? 'array' : undefined;
  }
  if (t.isMemberExpression(node) && t.isIdentifier(node.property, { name: 'length' }) && !node.computed) return 'number';
  return undefined;
}

/**
 * The empty values of a kind that another mutator does not already make. A literal return is
 * StringLiteral's, BooleanLiteral's or ArrayDeclaration's; a comparison is ConditionalExpression's.
 */
function emptyValues(kind: ValueKind, argument: t.Expression): t.Expression[] {
  switch (kind) {
    case 'number':
      if (t.isNumericLiteral(argument)) return argument.value === 0 ? [t.numericLiteral(1)] : [t.numericLiteral(0)];
      return [t.numericLiteral(0)];
    case 'string':
      return t.isStringLiteral(argument) || t.isTemplateLiteral(argument) ? [] : [t.stringLiteral('')];
    case 'boolean':
      return t.isBooleanLiteral(argument) || isBooleanExpression(argument) ? [] : [t.booleanLiteral(true), t.booleanLiteral(false)];
    case 'array':
      return t.isArrayExpression(argument) ? [] : [t.arrayExpression([])];
  }
}

function isUndefined(node: t.Expression): boolean {
  return t.isIdentifier(node, { name: 'undefined' }) || t.isUnaryExpression(node, { operator: 'void' });
}

/**
 * PIT's return-value mutants, which StrykerJS lacks: the value of `return x` replaced by the empty
 * value of its type (`0`, `''`, `[]`, `true`/`false`, from the annotation or else the expression's
 * evident type), and the whole statement by a bare `return;`. A test suite that never checks what a
 * function returns lets these survive.
 */
export const returnValue = defineMutator({
  name: 'ReturnValue',
  description: 'Replaces a returned value with the empty value of its type (`0`, `""`, `[]`, `true`/`false`) and `return x;` with `return;`.',
  nodeTypes: ['ReturnStatement'],
  *mutate(path) {
    const argument = path.node.argument;
    if (!argument || isUndefined(argument)) return;
    const fn = path.getFunctionParent()?.node;
    const kind = (fn && kindOfAnnotation(fn)) ?? kindOfExpression(argument);
    if (kind) {
      for (const value of emptyValues(kind, argument)) {
        yield { replacement: t.returnStatement(value), switchAt: { key: 'argument', replacement: value } };
      }
    }
    yield t.returnStatement();
  },
});
