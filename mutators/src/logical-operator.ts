import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

const REPLACEMENTS = { '&&': '||', '||': '&&', '??': '&&' } as const;

export const logicalOperator = defineMutator({
  name: 'LogicalOperator',
  description: 'Swaps `&&` and `||`, and turns `??` into `&&`.',
  nodeTypes: ['LogicalExpression'],
  *mutate({ node }) {
    yield t.logicalExpression(REPLACEMENTS[node.operator], t.cloneNode(node.left, true), t.cloneNode(node.right, true));
  },
});
