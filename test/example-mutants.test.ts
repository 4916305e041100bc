import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import * as t from '@babel/types';
import type { ListedMutant } from '../packages/cli/src/commands/list.js';
import { describe, expect, it } from 'vitest';
import { MUTATE_BIN, REPO_ROOT, runCommand } from './support/temp-project.js';

/** The bar, on the bundled example: `mutate list --json` run from inside a real TypeScript project. */
const EXAMPLE = join(REPO_ROOT, 'examples/pricing');


/** Every type-only region of a file (interfaces, type aliases, enums, annotations, `declare`), as [start, end] offsets. */
function typeOnlyRanges(text: string): [number, number][] {
  const ast = parse(text, { sourceType: 'module', plugins: ['typescript'] });
  const ranges: [number, number][] = [];
  t.traverseFast(ast, (node) => {
    if (t.isTSInterfaceDeclaration(node) || t.isTSTypeAliasDeclaration(node) || t.isTSEnumDeclaration(node) || t.isTSTypeAnnotation(node) || t.isTSTypeParameterInstantiation(node) || t.isTSDeclareFunction(node)) {
      ranges.push([node.start!, node.end!]);
    }
  });
  return ranges;
}

function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0) + column - 1;
}

describe('mutate list --json on examples/pricing', async () => {
  const result = await runCommand(MUTATE_BIN, ['list', '--json'], EXAMPLE);
  const mutants = JSON.parse(result.stdout) as ListedMutant[];

  it('lists mutants of at least 15 mutator kinds, including return values', () => {
    expect(result.exitCode).toBe(0);
    const kinds = new Set(mutants.map((mutant) => mutant.mutator));
    expect(kinds.size).toBeGreaterThanOrEqual(15);
    expect(kinds).toContain('ReturnValue');
    expect(kinds).toContain('ReturnRemoval');
  });

  it('flips boundaries and increments', () => {
    expect(mutants).toContainEqual(expect.objectContaining({ file: 'src/tickets.ts', original: 'age >= ADULT_AGE', replacement: 'age > ADULT_AGE' }));
    expect(mutants).toContainEqual(expect.objectContaining({ file: 'src/cart.ts', original: 'i++', replacement: 'i--', mutator: 'UpdateOperator' }));
  });

  it('never touches interfaces, type aliases, enums or type annotations', () => {
    const files = new Set(mutants.map((mutant) => mutant.file));
    expect(files.size).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(join(EXAMPLE, file), 'utf8');
      const typeOnly = typeOnlyRanges(text);
      expect(typeOnly.length, file).toBeGreaterThan(0);
      for (const mutant of mutants.filter((candidate) => candidate.file === file)) {
        const start = offsetOf(text, mutant.line, mutant.column);
        const end = offsetOf(text, mutant.endLine, mutant.endColumn);
        expect(text.slice(start, end), 'positions point at the original text').toBe(mutant.original);
        const inside = typeOnly.find(([from, to]) => start >= from && end <= to);
        expect(inside, `${file}:${mutant.line} ${mutant.mutator} ${mutant.original}`).toBeUndefined();
      }
    }
  });
});
