import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/**
 * Is this the last statement its function runs on the straight path? Removing it would only return
 * `undefined`, which ReturnValue's bare `return;` already does.
 */
function endsFunctionBody({ parent, parentPath, key }: NodePath): boolean {
  return t.isBlockStatement(parent) && t.isFunction(parentPath?.parent) && key === parent.body.length - 1;
}

/** The only statement of an `if` branch or loop body: BlockStatement's emptied block is the same mutant. */
function isAloneInBlock({ parent, parentPath }: NodePath): boolean {
  return t.isBlockStatement(parent) && parent.body.length === 1 && !t.isFunction(parentPath?.parent);
}

/**
 * PIT-style removal of an early return, so the code after it runs too: in `if (!user) return null;`
 * the guard is gone. Only where that stays valid and differs from an existing mutant: not the
 * function's last statement, not the sole statement of a block.
 */
export const returnRemoval = defineMutator({
  name: 'ReturnRemoval',
  description: 'Removes an early `return` so the code after it runs (`if (!x) return 0;` to `if (!x);`).',
  nodeTypes: ['ReturnStatement'],
  *mutate(path) {
    if (endsFunctionBody(path) || isAloneInBlock(path)) return;
    yield t.emptyStatement();
  },
});
