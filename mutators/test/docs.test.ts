import { readFileSync, readdirSync } from 'node:fs';
import { applyMutant, generateMutants } from '@mutate/core';
import { describe, expect, it } from 'vitest';
import { allMutators } from '../src/index.js';

const DOCS = readFileSync(new URL('../../docs/mutators.md', import.meta.url), 'utf8');

interface DocRow {
  readonly name: string;
  readonly before: string;
  readonly after: string;
}

/** The mutator table: `| Name | What it does | Before | After |`, code in backticks (double backticks around template literals). */
function tableRows(markdown: string): DocRow[] {
  return markdown
    .split('\n')
    .filter((line) => /^\| [A-Z]\w+ \|/.test(line) && !line.startsWith('| Name '))
    .map((line) => {
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
      return { name: cells[0]!, before: unquote(cells[2]!), after: unquote(cells[3]!) };
    });
}

function unquote(cell: string): string {
  const fence = cell.startsWith('``') ? '``' : '`';
  return cell.slice(fence.length, -fence.length).trim().replaceAll('\\|', '|');
}

function fileNameToMutatorName(file: string): string {
  return file.replace(/\.ts$/, '').replace(/(^|-)(\w)/g, (_match, _dash, letter: string) => letter.toUpperCase());
}

describe('the mutator registry', () => {
  it('holds one mutator per source file, named after its file', () => {
    const files = readdirSync(new URL('../src/', import.meta.url)).filter((file) => file !== 'index.ts');
    expect(allMutators.map((mutator) => mutator.name).toSorted()).toEqual(files.map(fileNameToMutatorName).toSorted());
  });

  it('covers everything StrykerJS 10 mutates, plus return values and early returns', () => {
    const names = allMutators.map((mutator) => mutator.name);
    for (const name of [
      'ArithmeticOperator', 'ArrayDeclaration', 'ArrowFunction', 'AssignmentOperator', 'BlockStatement', 'BooleanLiteral',
      'CallExpression', 'ConditionalExpression', 'EqualityOperator', 'LogicalOperator', 'MethodExpression', 'ObjectLiteral',
      'OptionalChaining', 'Regex', 'StringLiteral', 'UnaryOperator', 'UpdateOperator', 'ReturnValue', 'ReturnRemoval',
    ]) {
      expect(names).toContain(name);
    }
  });
});

describe('docs/mutators.md', () => {
  const rows = tableRows(DOCS);

  it('documents every mutator once, in registry order', () => {
    expect(rows.map((row) => row.name)).toEqual(allMutators.map((mutator) => mutator.name));
  });

  it.each(rows.map((row) => [row.name, row] as const))('shows what %s really does', (name, row) => {
    const mutator = allMutators.find((candidate) => candidate.name === name)!;
    const { mutants } = generateMutants([{ path: 'src/example.ts', text: row.before }], [mutator]);
    expect(mutants.map((mutant) => applyMutant(row.before, mutant))).toContain(row.after);
  });
});
