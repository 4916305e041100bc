import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/**
 * A derived constructor that initializes fields (parameter properties or field initializers) must
 * call `super()` before they run; emptying its body makes the class throw on construction in a
 * way no test could miss, and TypeScript rejects it. StrykerJS skips these bodies for the same reason.
 */
function isDerivedConstructorWithFields(path: NodePath<t.BlockStatement>): boolean {
  const method = path.parent;
  if (!t.isClassMethod(method) || method.kind !== 'constructor') return false;
  const classBody = path.parentPath?.parent;
  const hasParameterProperties = method.params.some((param) => t.isTSParameterProperty(param));
  const hasInitializedFields = t.isClassBody(classBody) && classBody.body.some((member) => t.isClassProperty(member) && member.value);
  return (hasParameterProperties || hasInitializedFields) && containsSuperCall(path.node);
}

function containsSuperCall(node: t.Node): boolean {
  let found = false;
  t.traverseFast(node, (child) => {
    if (t.isCallExpression(child) && t.isSuper(child.callee)) found = true;
  });
  return found;
}

export const blockStatement = defineMutator({
  name: 'BlockStatement',
  description: 'Empties a block: a function body, an `if` branch, a loop body.',
  nodeTypes: ['BlockStatement'],
  *mutate(path) {
    if (path.node.body.length === 0 || isDerivedConstructorWithFields(path)) return;
    // Directives stay: emptying a body must not also take its strict mode away.
    yield t.blockStatement([], path.node.directives.map((directive) => t.cloneNode(directive, true)));
  },
});
