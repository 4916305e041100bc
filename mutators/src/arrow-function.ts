import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

export const arrowFunction = defineMutator({
  name: 'ArrowFunction',
  description: 'Makes an expression-bodied arrow function return `undefined` (`x => x * 2` to `() => undefined`).',
  nodeTypes: ['ArrowFunctionExpression'],
  *mutate({ node }) {
    if (t.isBlockStatement(node.body) || t.isIdentifier(node.body, { name: 'undefined' })) return;
    yield {
      replacement: t.arrowFunctionExpression([], t.identifier('undefined')),
      // The switch goes in the body: the function keeps its inferred name, and coverage counts calls, not definitions.
      switchAt: { key: 'body', replacement: t.identifier('undefined') },
    };
  },
});
