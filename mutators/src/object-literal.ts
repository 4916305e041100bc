import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

export const objectLiteral = defineMutator({
  name: 'ObjectLiteral',
  description: 'Empties an object literal (`{ a: 1 }` to `{}`).',
  nodeTypes: ['ObjectExpression'],
  *mutate({ node }) {
    if (node.properties.length > 0) yield t.objectExpression([]);
  },
});
