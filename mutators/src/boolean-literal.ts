import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

export const booleanLiteral = defineMutator({
  name: 'BooleanLiteral',
  description: 'Flips `true` and `false`, and drops a logical not (`!x` to `x`).',
  nodeTypes: ['BooleanLiteral', 'UnaryExpression'],
  *mutate({ node }) {
    if (t.isBooleanLiteral(node)) yield t.booleanLiteral(!node.value);
    else if (node.operator === '!') yield t.cloneNode(node.argument, true);
  },
});
