import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/** Inside a chain (`a?.b?.c`), a link stays an optional-chain node even when it is no longer optional itself. */
function isInOptionalChain(node: t.Node): boolean {
  return t.isOptionalMemberExpression(node) || t.isOptionalCallExpression(node);
}

export const optionalChaining = defineMutator({
  name: 'OptionalChaining',
  description: 'Makes an optional access or call plain (`a?.b` to `a.b`, `f?.()` to `f()`).',
  nodeTypes: ['OptionalMemberExpression', 'OptionalCallExpression'],
  *mutate({ node }) {
    if (!node.optional) return;
    if (t.isOptionalMemberExpression(node)) {
      const object = t.cloneNode(node.object, true);
      const property = t.cloneNode(node.property, true);
      yield isInOptionalChain(node.object)
        ? t.optionalMemberExpression(object, property, node.computed, false)
        : t.memberExpression(object, property, node.computed);
      return;
    }
    const callee = t.cloneNode(node.callee, true);
    const args = node.arguments.map((arg) => t.cloneNode(arg, true));
    yield isInOptionalChain(node.callee) ? t.optionalCallExpression(callee, args, false) : t.callExpression(callee, args);
  },
});
