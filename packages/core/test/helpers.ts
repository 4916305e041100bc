import * as t from '@babel/types';
import { defineMutator, generateMutants, type Mutant, type Mutator } from '@mutate/core';

/** Mutants of one in-memory file, by the given mutators. */
export function mutantsOf(code: string, mutators: readonly Mutator[], path = 'src/case.ts'): Mutant[] {
  return generateMutants([{ path, text: code }], mutators).mutants;
}

/** Small mutators made for engine tests, so these tests do not depend on the catalogue. */
export const plusToMinus = defineMutator({
  name: 'PlusToMinus',
  description: 'test mutator',
  nodeTypes: ['BinaryExpression'],
  *mutate({ node }) {
    if (node.operator === '+') yield t.binaryExpression('-', t.cloneNode(node.left, true), t.cloneNode(node.right, true));
  },
});

export const emptyString = defineMutator({
  name: 'EmptyString',
  description: 'test mutator',
  nodeTypes: ['StringLiteral'],
  *mutate({ node }) {
    if (node.value !== '') yield t.stringLiteral('');
  },
});

export const dropOptional = defineMutator({
  name: 'DropOptional',
  description: 'test mutator',
  nodeTypes: ['OptionalMemberExpression'],
  *mutate({ node }) {
    if (node.optional) yield t.memberExpression(t.cloneNode(node.object, true) as t.Expression, t.cloneNode(node.property, true) as t.Expression, node.computed);
  },
});

export const renameMethod = defineMutator({
  name: 'RenameMethod',
  description: 'test mutator: replaces the callee member `a.x` by `a.y`',
  nodeTypes: ['MemberExpression'],
  *mutate({ node }) {
    if (t.isIdentifier(node.property, { name: 'x' })) yield t.memberExpression(t.cloneNode(node.object, true), t.identifier('y'));
  },
});

export const loopNeverRuns = defineMutator({
  name: 'LoopNeverRuns',
  description: 'test mutator',
  nodeTypes: ['ForStatement'],
  *mutate({ node }) {
    yield t.forStatement(null, t.booleanLiteral(false), null, t.cloneNode(node.body, true));
  },
});

export const emptyBlock = defineMutator({
  name: 'EmptyBlock',
  description: 'test mutator',
  nodeTypes: ['BlockStatement'],
  *mutate({ node }) {
    if (node.body.length > 0) yield t.blockStatement([]);
  },
});

export const incrementToDecrement = defineMutator({
  name: 'IncrementToDecrement',
  description: 'test mutator',
  nodeTypes: ['UpdateExpression'],
  *mutate({ node }) {
    if (node.operator === '++') yield t.updateExpression('--', t.cloneNode(node.argument, true), node.prefix);
  },
});
