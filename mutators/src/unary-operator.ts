import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

export const unaryOperator = defineMutator({
  name: 'UnaryOperator',
  description: 'Swaps unary `+` and `-`, and drops a bitwise not (`~x` to `x`).',
  nodeTypes: ['UnaryExpression'],
  *mutate({ node }) {
    const argument = t.cloneNode(node.argument, true);
    if (node.operator === '+') yield t.unaryExpression('-', argument);
    else if (node.operator === '-') yield t.unaryExpression('+', argument);
    else if (node.operator === '~') yield argument;
  },
});
