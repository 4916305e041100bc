import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

const OPPOSITE = { '++': '--', '--': '++' } as const;

export const updateOperator = defineMutator({
  name: 'UpdateOperator',
  description: 'Turns an increment into a decrement and back (`i++` to `i--`), keeping prefix or postfix.',
  nodeTypes: ['UpdateExpression'],
  *mutate({ node }) {
    yield t.updateExpression(OPPOSITE[node.operator], t.cloneNode(node.argument, true), node.prefix);
  },
});
