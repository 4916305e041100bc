import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';

/**
 * A mutation whose run-time switch goes somewhere other than the mutated node itself.
 * The reported mutant still replaces the mutated node with `replacement`; `switchAt` names the
 * child that actually gets the switch, and what that node becomes, with the same effect.
 * Used where a switch at the node itself would change behaviour with no mutant active
 * (an arrow function wrapped in a conditional loses its inferred `name`) or would move
 * coverage from "when called" to "when defined".
 */
export interface RelocatedMutation {
  readonly replacement: t.Node;
  /** The child of the mutated node (by property name) that gets the switch, and what it becomes. */
  readonly switchAt: { readonly key: string; readonly replacement: t.Node };
}

export type MutatorOutput = t.Node | RelocatedMutation;

/** A node type, or a Babel alias that stands for several (`'Expression'`, `'Statement'`...). */
export type NodeTypeOrAlias = t.Node['type'] | keyof t.Aliases;

// `0 extends 1 & T` tests for `any`: a list of mixed mutators would otherwise expand every node type.
type NodeOfType<TType extends NodeTypeOrAlias> = 0 extends 1 & TType
  ? t.Node
  : TType extends keyof t.Aliases
  ? t.Aliases[TType]
  : Extract<t.Node, { type: TType }>;

/**
 * One mutation operator, declared as data plus a generator (like an ESLint rule's meta + create).
 * The engine walks the tree once and calls `mutate` for every node whose type is in `nodeTypes`;
 * the mutator yields replacement nodes built from clones, and never edits the tree.
 */
// The default `any` lets a list hold mutators of different node types: `Mutator[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface Mutator<TType extends NodeTypeOrAlias = any> {
  /** Equals the file name in PascalCase; also the name used by disable comments (StrykerJS names where they exist). */
  readonly name: string;
  readonly description: string;
  readonly nodeTypes: readonly TType[];
  /** Yields the replacements of `path.node`. */
  mutate(path: NodePath<NodeOfType<TType>>): Iterable<MutatorOutput>;
}

/** Identity function that types `mutate`'s path by the declared node types. */
export function defineMutator<TType extends NodeTypeOrAlias>(mutator: Mutator<TType>): Mutator {
  // Erased to `Mutator`: a list of mutators typed by their node types is a union too large for the compiler.
  return mutator as unknown as Mutator;
}

/** The concrete node types a mutator receives, its aliases (`Expression`...) expanded. */
export function nodeTypesOf(mutator: Mutator): string[] {
  return mutator.nodeTypes.flatMap((type: string) => t.FLIPPED_ALIAS_KEYS[type] ?? [type]);
}

export function isRelocatedMutation(output: MutatorOutput): output is RelocatedMutation {
  return 'switchAt' in output;
}
