import traverseModule, { type NodePath } from '@babel/traverse';
import { addToGroup } from '../collections.js';
import { isRelocatedMutation, nodeTypesOf, type Mutator } from '../mutator.js';
import type { Mutant, SourceFile } from '../types.js';
import { readDisableComments, type DisableComments } from './disable-comments.js';
import { isNeverMutatedSubtree, isProtectedPosition } from './never-mutated.js';
import { parseSource } from './parse.js';
import { placementFor } from './placement.js';
import { replacementText } from './print.js';

// @babel/traverse is CommonJS: its default export arrives wrapped when imported from ESM.
const traverse: typeof traverseModule.default = (traverseModule as unknown as { default?: unknown }).default as never ?? traverseModule;

export interface GenerateResult {
  readonly mutants: Mutant[];
  readonly warnings: string[];
}

/**
 * Every mutant of every file, with stable ids: files are taken in the order given (callers sort them),
 * nodes in source order, mutators in registry order. One traversal per file dispatches each node to
 * the mutators that declared its type.
 */
export function generateMutants(files: readonly SourceFile[], mutators: readonly Mutator[]): GenerateResult {
  const byNodeType = groupByNodeType(mutators);
  const knownNames = mutators.map((mutator) => mutator.name);
  const mutants: Mutant[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const fileMutants = generateFileMutants(file, byNodeType, knownNames, mutants.length + 1);
    mutants.push(...fileMutants.mutants);
    warnings.push(...fileMutants.warnings);
  }
  return { mutants, warnings };
}

function groupByNodeType(mutators: readonly Mutator[]): Map<string, Mutator[]> {
  const byNodeType = new Map<string, Mutator[]>();
  for (const mutator of mutators) {
    for (const nodeType of nodeTypesOf(mutator)) {
      addToGroup(byNodeType, nodeType, mutator);
    }
  }
  return byNodeType;
}

function generateFileMutants(
  file: SourceFile,
  byNodeType: Map<string, Mutator[]>,
  knownNames: readonly string[],
  firstId: number,
): GenerateResult {
  const ast = parseSource(file);
  const disabled = readDisableComments(ast.comments ?? [], file.text, file.path, knownNames);
  const mutants: Mutant[] = [];
  const seen = new Set<string>();
  traverse(ast, {
    noScope: true,
    enter(path: NodePath) {
      if (isNeverMutatedSubtree(path)) {
        path.skip();
        return;
      }
      const mutatorsOfNode = byNodeType.get(path.node.type);
      if (!mutatorsOfNode || isProtectedPosition(path)) return;
      for (const mutator of mutatorsOfNode) {
        for (const output of mutator.mutate(path as never)) {
          const mutant = toMutant(file, path, mutator.name, output, disabled, firstId + mutants.length);
          if (!mutant) continue;
          // Two mutators can make the same change (a return value and a condition both forced `true`): keep the first.
          const key = `${mutant.range[0]}:${mutant.range[1]}:${mutant.replacement}`;
          if (seen.has(key)) continue;
          seen.add(key);
          mutants.push(mutant);
        }
      }
    },
  });
  return { mutants, warnings: [...disabled.warnings] };
}

function toMutant(
  file: SourceFile,
  path: NodePath,
  mutatorName: string,
  output: ReturnType<Mutator['mutate']> extends Iterable<infer T> ? T : never,
  disabled: DisableComments,
  id: number,
): Mutant | undefined {
  const node = path.node;
  const original = file.text.slice(node.start!, node.end!);
  const replacementNode = isRelocatedMutation(output) ? output.replacement : output;
  const replacement = replacementText(path, replacementNode);
  if (replacement === original) return undefined;

  const switchPath = isRelocatedMutation(output) ? (path.get(output.switchAt.key) as NodePath) : path;
  const switchReplacement = isRelocatedMutation(output) ? output.switchAt.replacement : replacementNode;
  const placement = placementFor(switchPath, switchReplacement, file.text);
  if (!placement) return undefined;

  const loc = node.loc!;
  const ignoreReason = disabled.reasonFor(mutatorName, loc.start.line, node.start!);
  return {
    id,
    file: file.path,
    mutatorName,
    location: {
      start: { line: loc.start.line, column: loc.start.column + 1 },
      end: { line: loc.end.line, column: loc.end.column + 1 },
    },
    range: [node.start!, node.end!],
    original,
    replacement,
    ...(ignoreReason === undefined ? {} : { ignoreReason }),
    placement,
  };
}
