import type { ListedMutant } from '../packages/cli/src/commands/list.js';
import { afterEach, describe, expect, it } from 'vitest';
import { MUTATE_BIN, runCommand, tempProject, type TempProject } from './support/temp-project.js';


const AGE_SOURCE = `export interface Person {
  readonly name: string;
  age: number;
}

export enum Tier {
  Child = 'child',
  Adult = 'adult',
}

export type Label = 'minor' | 'adult';

export function isAdult(person: Person): boolean {
  return person.age >= 18;
}

export function countAdults(people: readonly Person[]): number {
  let count = 0;
  for (let i = 0; i < people.length; i++) {
    if (isAdult(people[i]!)) count++;
  }
  return count;
}

export function label(person: Person): Label {
  return isAdult(person) ? 'adult' : 'minor';
}
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

async function listJson(files: Record<string, string>): Promise<ListedMutant[]> {
  project = await tempProject(files);
  const result = await project.mutate('list', '--json');
  expect(result.stderr).toBe('');
  expect(result.exitCode).toBe(0);
  return JSON.parse(result.stdout) as ListedMutant[];
}

describe('mutate list --json', () => {
  it('lists each mutant with its file, 1-based position, mutator, original and replacement', async () => {
    const mutants = await listJson({ 'src/age.ts': AGE_SOURCE });
    const boundary = mutants.find((mutant) => mutant.original === 'person.age >= 18' && mutant.replacement === 'person.age > 18');
    expect(boundary).toMatchObject({ file: 'src/age.ts', line: 14, column: 10, endLine: 14, endColumn: 26, mutator: 'EqualityOperator' });
    expect(mutants.find((mutant) => mutant.original === 'i++')).toMatchObject({ replacement: 'i--', mutator: 'UpdateOperator', line: 19 });
  });

  it('never mutates interfaces, enums or type annotations', async () => {
    const mutants = await listJson({ 'src/age.ts': AGE_SOURCE });
    const typeOnlyLines = new Set([1, 2, 3, 4, 6, 7, 8, 9, 11]);
    expect(mutants.filter((mutant) => typeOnlyLines.has(mutant.line))).toEqual([]);
    expect(mutants.some((mutant) => /Person|Label|boolean|number/.test(mutant.original) && mutant.original.startsWith(':'))).toBe(false);
  });

  it('gives the same ids in the same order on every run', async () => {
    const first = await listJson({ 'src/b.ts': AGE_SOURCE, 'src/a.ts': AGE_SOURCE });
    const second = JSON.parse((await project!.mutate('list', '--json')).stdout) as ListedMutant[];
    expect(second).toEqual(first);
    expect(first.map((mutant) => mutant.id)).toEqual(first.map((_, index) => String(index + 1)));
    // Files in path order, whatever order the file system lists them in.
    expect(first[0]!.file).toBe('src/a.ts');
  });

  it('mutates src/ and lib/ but not tests, declarations or other folders', async () => {
    const code = 'export const isBig = (n: number) => n > 10;\n';
    const mutants = await listJson({
      'src/a.ts': code,
      'lib/b.js': code.replace(': number', ''),
      'src/a.test.ts': code,
      'src/a.spec.ts': code,
      'src/__tests__/c.ts': code,
      'src/test/d.ts': code,
      'src/types.d.ts': 'export declare const x: number;\n',
      'scripts/e.ts': code,
    });
    expect(new Set(mutants.map((mutant) => mutant.file))).toEqual(new Set(['src/a.ts', 'lib/b.js']));
  });

  it('reports mutants under a disable comment as ignored, with the reason', async () => {
    const mutants = await listJson({
      'src/a.ts': `export function f(a: number) {
  // mutate-disable-next-line EqualityOperator: boundary checked by the caller
  return a > 1;
}
`,
    });
    const onLine3 = mutants.filter((mutant) => mutant.line === 3);
    expect(onLine3.filter((mutant) => mutant.mutator === 'EqualityOperator').map((mutant) => mutant.ignoredReason)).toEqual([
      'boundary checked by the caller',
      'boundary checked by the caller',
    ]);
  });
});

describe('mutate list', () => {
  it('names the file, line and column of a syntax error, without a stack trace', async () => {
    project = await tempProject({ 'src/ok.ts': 'export const a = 1 + 2;\n', 'src/broken.ts': 'export function f(a: number {\n  return a;\n}\n' });
    const result = await project.mutate('list');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^error: src\/broken\.ts:1:29: syntax error: Unexpected token, expected ","/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an unknown flag with the usage exit code', async () => {
    project = await tempProject({ 'src/a.ts': 'export const a = 1 + 2;\n' });
    const result = await project.mutate('list', '--jsn');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('Unknown argument: jsn');
    expect(result.stdout).toBe('');
  });

  it('writes all of a long JSON list to a pipe that reads slowly', async () => {
    const source = Array.from({ length: 150 }, (_, i) => `export function f${i}(a: number) { return a > ${i} ? a + 1 : a - 1; }\n`).join('');
    project = await tempProject({ 'src/a.ts': source });
    // A real shell pipe (node's own child pipes are sockets that write synchronously) and a reader
    // that falls behind, like `| jq` on a busy machine: the output must still arrive whole.
    const result = await runCommand('bash', ['-c', `"${MUTATE_BIN}" list --json | (sleep 0.3; cat)`], project.dir);
    expect(result.exitCode).toBe(0);
    const text = result.stdout;
    expect(text.length).toBeGreaterThan(65_536);
    expect((JSON.parse(text) as ListedMutant[]).length).toBeGreaterThan(100);
  });

  it('stops printing, without a stack trace, when the reader of its output goes away (| head)', async () => {
    const source = Array.from({ length: 150 }, (_, i) => `export function f${i}(a: number) { return a > ${i} ? a + 1 : a - 1; }\n`).join('');
    project = await tempProject({ 'src/a.ts': source });
    // pipefail: the pipeline's status is mutate's, not head's.
    const result = await runCommand('bash', ['-c', `set -o pipefail; "${MUTATE_BIN}" list --json | head -c 100`], project.dir);
    expect(result.stdout).toHaveLength(100);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
  });

  it('leaves every file of the project as it was', async () => {
    project = await tempProject({ 'src/age.ts': AGE_SOURCE, 'package.json': '{"name":"x"}\n' });
    const before = await project.snapshot();
    await project.mutate('list');
    expect(await project.snapshot()).toEqual(before);
  });
});
