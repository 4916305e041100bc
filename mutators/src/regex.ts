import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';
import { mutate as mutateRegex } from 'weapon-regex';

/** The string pattern of `new RegExp('...')` is a regex too; other strings are left to StringLiteral. */
function isRegExpConstructorPattern(path: NodePath<t.StringLiteral>): boolean {
  const { parent, node } = path;
  return (t.isNewExpression(parent) || t.isCallExpression(parent)) && t.isIdentifier(parent.callee, { name: 'RegExp' }) && parent.arguments[0] === node;
}

function flagsOf(call: t.NewExpression | t.CallExpression): string | undefined {
  const flags = call.arguments[1];
  return t.isStringLiteral(flags) ? flags.value : undefined;
}

/** weapon-regex's level 1: the mutants StrykerJS makes (anchors, negated classes, quantifiers...). */
function mutatePattern(pattern: string, flags: string | undefined): string[] {
  if (pattern.length === 0) return [];
  try {
    return mutateRegex(pattern, flags, { mutationLevels: [1] }).map((mutant) => mutant.pattern);
  } catch {
    // A pattern weapon-regex cannot parse (newer syntax) gets no regex mutants; the file still gets all others.
    return [];
  }
}

export const regex = defineMutator({
  name: 'Regex',
  description: 'Mutates regular expressions with weapon-regex (level 1): drops anchors, negates classes, changes quantifiers.',
  nodeTypes: ['RegExpLiteral', 'StringLiteral'],
  *mutate(path) {
    const { node } = path;
    if (t.isRegExpLiteral(node)) {
      for (const pattern of mutatePattern(node.pattern, node.flags)) yield t.regExpLiteral(pattern, node.flags);
    } else if (isRegExpConstructorPattern(path as NodePath<t.StringLiteral>)) {
      const flags = flagsOf(path.parent as t.NewExpression | t.CallExpression);
      for (const pattern of mutatePattern(node.value, flags)) yield t.stringLiteral(pattern);
    }
  },
});
