import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/** What an empty array becomes: anything non-empty will do; the text says who put it there. */
export const ARRAY_PLACEHOLDER = 'mutate was here';

export const arrayDeclaration = defineMutator({
  name: 'ArrayDeclaration',
  description: 'Empties an array literal or `Array(...)` call; an empty one gets an element.',
  nodeTypes: ['ArrayExpression', 'CallExpression', 'NewExpression'],
  *mutate({ node }) {
    if (t.isArrayExpression(node)) {
      yield node.elements.length > 0 ? t.arrayExpression([]) : t.arrayExpression([t.stringLiteral(ARRAY_PLACEHOLDER)]);
      return;
    }
    if (!t.isIdentifier(node.callee, { name: 'Array' })) return;
    const args = node.arguments.length > 0 ? [] : [t.arrayExpression([])];
    const callee = t.identifier('Array');
    yield t.isNewExpression(node) ? t.newExpression(callee, args) : t.callExpression(callee, args);
  },
});
