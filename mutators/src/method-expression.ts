import * as t from '@babel/types';
import { defineMutator } from '@mutate/core';

/** `null`: the call is dropped and its receiver stands alone (`s.trim()` to `s`). Swaps go both ways unless noted. */
const SWAPS: ReadonlyArray<readonly [string, string | null]> = [
  ['charAt', null],
  ['endsWith', 'startsWith'],
  ['every', 'some'],
  ['filter', null],
  ['reverse', null],
  ['slice', null],
  ['sort', null],
  ['substr', null],
  ['substring', null],
  ['toLocaleLowerCase', 'toLocaleUpperCase'],
  ['toLowerCase', 'toUpperCase'],
  ['trim', null],
  ['trimEnd', 'trimStart'],
  ['min', 'max'],
  ['setDate', 'setTime'],
  ['setFullYear', 'setMonth'],
  ['setHours', 'setMinutes'],
  ['setSeconds', 'setMilliseconds'],
  ['setUTCDate', 'setTime'],
  ['setUTCFullYear', 'setUTCMonth'],
  ['setUTCHours', 'setUTCMinutes'],
  ['setUTCSeconds', 'setUTCMilliseconds'],
];

/** `setTime` already maps back to `setDate`; StrykerJS keeps that one direction for `setUTCDate`. */
const ONE_WAY = new Set(['setUTCDate']);

const REPLACEMENTS = new Map<string, string | null>(SWAPS);
for (const [from, to] of SWAPS) {
  if (to !== null && !ONE_WAY.has(from)) REPLACEMENTS.set(to, from);
}

export const methodExpression = defineMutator({
  name: 'MethodExpression',
  description:
    'Swaps a method for its opposite (`startsWith`/`endsWith`, `some`/`every`, `min`/`max`, `toUpperCase`/`toLowerCase`) or drops a call that only narrows or reorders (`filter`, `sort`, `slice`, `trim`...).',
  nodeTypes: ['CallExpression', 'OptionalCallExpression'],
  *mutate({ node }) {
    const callee = node.callee;
    if (!(t.isMemberExpression(callee) || t.isOptionalMemberExpression(callee)) || callee.computed || !t.isIdentifier(callee.property)) return;
    const newName = REPLACEMENTS.get(callee.property.name);
    if (newName === undefined) return;
    if (newName === null) {
      // `super` cannot stand alone: `super.sort()` has no receiver to keep.
      if (!t.isSuper(callee.object)) yield t.cloneNode(callee.object, true);
      return;
    }
    const args = node.arguments.map((arg) => t.cloneNode(arg, true));
    const object = t.cloneNode(callee.object, true);
    const newCallee = t.isOptionalMemberExpression(callee)
      ? t.optionalMemberExpression(object, t.identifier(newName), false, callee.optional)
      : t.memberExpression(object, t.identifier(newName));
    yield t.isOptionalCallExpression(node) ? t.optionalCallExpression(newCallee, args, node.optional) : t.callExpression(newCallee, args);
  },
});
