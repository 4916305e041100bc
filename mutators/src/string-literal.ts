import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/** What an empty string becomes: anything non-empty will do; the text says who put it there. */
export const STRING_PLACEHOLDER = 'mutate was here!';

/**
 * Strings that are not data: a statement of its own (a directive Babel did not recognise as one) and
 * a `Symbol` description. Keys, module specifiers and JSX attributes are never visited at all (see
 * core's never-mutated positions).
 */
function isNameLike({ parent }: NodePath): boolean {
  return t.isExpressionStatement(parent) || (t.isCallExpression(parent) && t.isIdentifier(parent.callee, { name: 'Symbol' }));
}

export const stringLiteral = defineMutator({
  name: 'StringLiteral',
  description: 'Empties a string or template literal; an empty one gets text.',
  nodeTypes: ['StringLiteral', 'TemplateLiteral'],
  *mutate(path) {
    const { node } = path;
    if (t.isTemplateLiteral(node)) {
      const isEmpty = node.quasis.length === 1 && node.quasis[0]!.value.raw === '';
      yield t.templateLiteral([t.templateElement({ raw: isEmpty ? STRING_PLACEHOLDER : '' }, true)], []);
    } else if (!isNameLike(path)) {
      yield t.stringLiteral(node.value === '' ? STRING_PLACEHOLDER : '');
    }
  },
});
