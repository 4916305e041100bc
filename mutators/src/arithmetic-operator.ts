import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

const REPLACEMENTS = { '+': '-', '-': '+', '*': '/', '/': '*', '%': '*' } as const;

/** `+` between strings is concatenation, not arithmetic: `'a' - b` is a mutant no one wants (StrykerJS skips it too). */
function isStringOperand(node: t.Node): boolean {
  const operand = t.isBinaryExpression(node) ? node.right : node;
  return t.isStringLiteral(operand) || t.isTemplateLiteral(operand);
}

export const arithmeticOperator = defineMutator({
  name: 'ArithmeticOperator',
  description: 'Swaps an arithmetic operator for its inverse (`+` and `-`, `*` and `/`; `%` becomes `*`), except on strings.',
  nodeTypes: ['BinaryExpression'],
  *mutate({ node }) {
    if (!(node.operator in REPLACEMENTS)) return;
    if (isStringOperand(node.left) || t.isStringLiteral(node.right) || t.isTemplateLiteral(node.right)) return;
    const operator = REPLACEMENTS[node.operator as keyof typeof REPLACEMENTS];
    yield t.binaryExpression(operator, t.cloneNode(node.left, true), t.cloneNode(node.right, true));
  },
});
