import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/** Each comparison flips to its boundary neighbour and to its opposite, as in StrykerJS. */
const REPLACEMENTS = {
  '<': ['<=', '>='],
  '<=': ['<', '>'],
  '>': ['>=', '<='],
  '>=': ['>', '<'],
  '==': ['!='],
  '!=': ['=='],
  '===': ['!=='],
  '!==': ['==='],
} as const;

export const equalityOperator = defineMutator({
  name: 'EqualityOperator',
  description: 'Moves a comparison across its boundary (`>` to `>=`) and to its opposite (`>` to `<=`; `===` to `!==`).',
  nodeTypes: ['BinaryExpression'],
  *mutate({ node }) {
    if (!(node.operator in REPLACEMENTS)) return;
    for (const operator of REPLACEMENTS[node.operator as keyof typeof REPLACEMENTS]) {
      yield t.binaryExpression(operator, t.cloneNode(node.left, true), t.cloneNode(node.right, true));
    }
  },
});
