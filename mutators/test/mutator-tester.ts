import traverseModule, { type NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import { applyMutant, generateMutants, isRelocatedMutation, nodeTypesOf, parseSource, type Mutator } from '@mutate/core';
import { describe, expect, it } from 'vitest';

// @babel/traverse is CommonJS: its default export arrives wrapped when imported from ESM.
const traverse: typeof traverseModule.default = (traverseModule as unknown as { default?: unknown }).default as never ?? traverseModule;

export interface MutatesCase {
  /** A whole program (TypeScript unless `file` says otherwise). */
  readonly code: string;
  /** Every program the mutator must make from `code`, one mutant each, in any order. */
  readonly to: readonly string[];
  readonly file?: string;
}

export interface MutatorTable {
  readonly mutates: readonly MutatesCase[];
  /** Programs in which the mutator must find nothing to mutate. */
  readonly ignores: readonly string[];
}

/**
 * Table test of one mutator, in the spirit of ESLint's RuleTester: each `mutates` case lists exactly
 * the mutated programs expected, each `ignores` case none. Beyond the listed outputs it checks what
 * every mutator owes the engine: outputs that parse, and replacement nodes that are fresh (never a
 * node of the original tree, which the engine would then share between mutants).
 * The table itself is checked too, so a careless table cannot pass by accident.
 */
export function testMutator(mutator: Mutator, table: MutatorTable): void {
  describe(mutator.name, () => {
    it('has a table with cases of both kinds and no repeated case', () => {
      expect(table.mutates.length, 'mutates cases').toBeGreaterThan(0);
      expect(table.ignores.length, 'ignores cases').toBeGreaterThan(0);
      const codes = [...table.mutates.map((testCase) => testCase.code), ...table.ignores];
      expect(new Set(codes).size, 'each case once').toBe(codes.length);
      for (const testCase of table.mutates) {
        expect(testCase.to.length, `expected mutants of ${testCase.code} (use ignores for none)`).toBeGreaterThan(0);
        expect(new Set(testCase.to).size, `repeated expectation in ${testCase.code}`).toBe(testCase.to.length);
      }
    });

    it.each(table.mutates.map((testCase) => [testCase.code, testCase] as const))('mutates %s', (_code, testCase) => {
      const file = { path: testCase.file ?? 'src/case.ts', text: testCase.code };
      const { mutants } = generateMutants([file], [mutator]);
      const programs = mutants.map((mutant) => applyMutant(testCase.code, mutant));
      expect(programs.toSorted()).toEqual([...testCase.to].toSorted());
      for (const program of programs) expect(() => parseSource({ ...file, text: program }), program).not.toThrow();
      expect(mutants.every((mutant) => mutant.mutatorName === mutator.name)).toBe(true);
    });

    it.each(table.ignores.map((code) => [code] as const))('ignores %s', (code) => {
      const { mutants } = generateMutants([{ path: 'src/case.ts', text: code }], [mutator]);
      expect(mutants.map((mutant) => applyMutant(code, mutant))).toEqual([]);
    });

    it('yields fresh nodes, never a node of the original tree', () => {
      for (const { code, file } of table.mutates) {
        for (const output of rawOutputs(mutator, { path: file ?? 'src/case.ts', text: code })) {
          const original = output.originalNodes;
          t.traverseFast(output.node, (node) => expect(original.has(node), `${mutator.name} reused a node in ${code}`).toBe(false));
        }
      }
    });
  });
}

/** Calls the mutator on every node it asks for, outside the engine, to see exactly what it yields. */
function rawOutputs(mutator: Mutator, file: { path: string; text: string }): { node: t.Node; originalNodes: Set<t.Node> }[] {
  const ast = parseSource(file);
  const originalNodes = new Set<t.Node>();
  t.traverseFast(ast, (node) => originalNodes.add(node));
  const types = new Set(nodeTypesOf(mutator));
  const outputs: { node: t.Node; originalNodes: Set<t.Node> }[] = [];
  traverse(ast, {
    noScope: true,
    enter(path: NodePath) {
      if (!types.has(path.node.type)) return;
      for (const output of mutator.mutate(path as never)) {
        outputs.push({ node: isRelocatedMutation(output) ? output.replacement : output, originalNodes });
        if (isRelocatedMutation(output)) outputs.push({ node: output.switchAt.replacement, originalNodes });
      }
    },
  });
  return outputs;
}
