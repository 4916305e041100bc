import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

const BOOLEAN_OPERATORS = new Set(['!=', '!==', '&&', '<', '<=', '==', '===', '>', '>=', '||']);

function isLoopTest({ parent, key }: NodePath): boolean {
  return (t.isForStatement(parent) || t.isWhileStatement(parent) || t.isDoWhileStatement(parent)) && key === 'test';
}

/** The expressions this mutator forces `true` and `false` wherever they stand. */
export function isBooleanExpression(node: t.Node): boolean {
  return (t.isBinaryExpression(node) || t.isLogicalExpression(node)) && BOOLEAN_OPERATORS.has(node.operator);
}

export const conditionalExpression = defineMutator({
  name: 'ConditionalExpression',
  description:
    'Forces a condition: an `if` test or boolean expression to `true` and `false`, a loop test to `false`; empties a `case` and gives `for (;;)` a false test.',
  nodeTypes: ['Expression', 'ForStatement', 'SwitchCase'],
  *mutate(path) {
    const { node, parent, key } = path;
    if (t.isForStatement(node)) {
      if (node.test) return;
      yield t.forStatement(
        node.init && t.cloneNode(node.init, true),
        t.booleanLiteral(false),
        node.update && t.cloneNode(node.update, true),
        t.cloneNode(node.body, true),
      );
      return;
    }
    if (t.isSwitchCase(node)) {
      // An empty case falls through already: emptying it changes nothing.
      if (node.consequent.length > 0) yield t.switchCase(node.test && t.cloneNode(node.test, true), []);
      return;
    }
    if (isLoopTest(path)) {
      yield t.booleanLiteral(false);
    } else if (t.isIfStatement(parent) && key === 'test') {
      yield t.booleanLiteral(true);
      yield t.booleanLiteral(false);
    } else if (isBooleanExpression(node)) {
      // In `x || y`, forcing `x` true equals forcing the whole `||` true, a mutant made one level up; likewise false in `&&`.
      if (!t.isLogicalExpression(parent, { operator: '||' })) yield t.booleanLiteral(true);
      if (!t.isLogicalExpression(parent, { operator: '&&' })) yield t.booleanLiteral(false);
    }
  },
});
