import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

const REPLACEMENTS = {
  '+=': '-=',
  '-=': '+=',
  '*=': '/=',
  '/=': '*=',
  '%=': '*=',
  '<<=': '>>=',
  '>>=': '<<=',
  '&=': '|=',
  '|=': '&=',
  '&&=': '||=',
  '||=': '&&=',
  '??=': '&&=',
} as const;

/** Logical assignments mean the same on strings; arithmetic ones would just build odd strings. */
const STRING_SAFE = new Set(['&&=', '||=', '??=']);

export const assignmentOperator = defineMutator({
  name: 'AssignmentOperator',
  description: 'Swaps a compound assignment for its inverse (`+=` and `-=`, `&&=` and `||=`, `??=` to `&&=`).',
  nodeTypes: ['AssignmentExpression'],
  *mutate({ node }) {
    if (!(node.operator in REPLACEMENTS)) return;
    const operator = REPLACEMENTS[node.operator as keyof typeof REPLACEMENTS];
    if ((t.isStringLiteral(node.right) || t.isTemplateLiteral(node.right)) && !STRING_SAFE.has(node.operator)) return;
    yield t.assignmentExpression(operator, t.cloneNode(node.left, true), t.cloneNode(node.right, true));
  },
});
