import type { Mutator } from '@mutate/core';
import { arithmeticOperator } from './arithmetic-operator.js';
import { arrayDeclaration } from './array-declaration.js';
import { arrowFunction } from './arrow-function.js';
import { assignmentOperator } from './assignment-operator.js';
import { blockStatement } from './block-statement.js';
import { booleanLiteral } from './boolean-literal.js';
import { callExpression } from './call-expression.js';
import { conditionalExpression } from './conditional-expression.js';
import { equalityOperator } from './equality-operator.js';
import { logicalOperator } from './logical-operator.js';
import { methodExpression } from './method-expression.js';
import { objectLiteral } from './object-literal.js';
import { optionalChaining } from './optional-chaining.js';
import { regex } from './regex.js';
import { returnRemoval } from './return-removal.js';
import { returnValue } from './return-value.js';
import { stringLiteral } from './string-literal.js';
import { unaryOperator } from './unary-operator.js';
import { updateOperator } from './update-operator.js';

export {
  arithmeticOperator,
  arrayDeclaration,
  arrowFunction,
  assignmentOperator,
  blockStatement,
  booleanLiteral,
  callExpression,
  conditionalExpression,
  equalityOperator,
  logicalOperator,
  methodExpression,
  objectLiteral,
  optionalChaining,
  regex,
  returnRemoval,
  returnValue,
  stringLiteral,
  unaryOperator,
  updateOperator,
};
export { ARRAY_PLACEHOLDER } from './array-declaration.js';
export { STRING_PLACEHOLDER } from './string-literal.js';

/**
 * Every mutator, in the order they are applied to a node (StrykerJS's order, then mutate's own);
 * the order fixes mutant ids and decides which of two equal mutants is kept.
 */
export const allMutators: readonly Mutator[] = [
  arithmeticOperator,
  arrayDeclaration,
  arrowFunction,
  blockStatement,
  booleanLiteral,
  conditionalExpression,
  callExpression,
  equalityOperator,
  logicalOperator,
  methodExpression,
  objectLiteral,
  stringLiteral,
  unaryOperator,
  updateOperator,
  regex,
  optionalChaining,
  assignmentOperator,
  returnValue,
  returnRemoval,
];
