import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/**
 * Removes a statement that is a call made for its effect (`items.push(x);`, `validate(input);`) and a
 * `throw new ...` (StrykerJS's "CallExpression"). Unlike StrykerJS, the removal is kept even when the
 * call's arguments hold other mutants: a dropped `save(user)` is worth knowing about whatever its
 * arguments are. `super(...)` stays: a derived class cannot run without it.
 */
export const callExpression = defineMutator({
  name: 'CallExpression',
  description: 'Removes a call statement (`notify(user);`) and a `throw new Error(...)`.',
  nodeTypes: ['ExpressionStatement', 'ThrowStatement'],
  *mutate({ node }) {
    if (t.isExpressionStatement(node)) {
      const call = node.expression;
      const isCall = t.isCallExpression(call) || t.isOptionalCallExpression(call) || (t.isAwaitExpression(call) && t.isCallExpression(call.argument));
      if (isCall && !(t.isCallExpression(call) && t.isSuper(call.callee))) yield t.emptyStatement();
    } else if (t.isNewExpression(node.argument)) {
      yield t.emptyStatement();
    }
  },
});
