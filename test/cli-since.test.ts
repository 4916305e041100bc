import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { runCommand, tempVitestProject, type TempProject } from './support/temp-project.js';

const PRICE = `export function price(base: number, age: number): number {
  if (age < 12) return base / 2;
  if (age >= 65) return base * 0.7;
  return base;
}

export function label(age: number): string {
  return age < 12 ? 'child' : 'adult';
}
`;

const FILES = {
  '.gitignore': 'node_modules\nreports\n',
  'src/price.ts': PRICE,
  'test/price.test.ts': "import { expect, it } from 'vitest';\nimport { price } from '../src/price.js';\nit('halves children', () => expect(price(40, 8)).toBe(20));\n",
  'test/label.test.ts': "import { expect, it } from 'vitest';\nimport { label } from '../src/label-of.js';\nit('labels children', () => expect(label(5)).toBe('child'));\n",
  'src/label-of.ts': "export { label } from './price.js';\n",
};

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

async function gitProject(): Promise<TempProject> {
  const created = await tempVitestProject(FILES);
  const git = (...args: string[]) => runCommand('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], created.dir);
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-qm', 'first');
  // One line of one function changes in the next commit.
  writeFileSync(join(created.dir, 'src/price.ts'), PRICE.replace('if (age >= 65) return base * 0.7;', 'if (age >= 67) return base * 0.7;'));
  await git('commit', '-qam', 'second');
  return created;
}

function mutantLines(dir: string): number[] {
  const report = JSON.parse(readFileSync(join(dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
  expect(report.config).toMatchObject({ scope: { diff: expect.any(String) } });
  return [...new Set(Object.values(report.files).flatMap((file) => file.mutants.map((mutant) => mutant.location.start.line)))].toSorted((a, b) => a - b);
}

describe('mutate run --since', () => {
  it('tests only the mutants on the changed line, and says the run is scoped', async () => {
    project = await gitProject();
    const result = await project.mutate('run', '--since', 'HEAD~1', '--concurrency', '1');
    expect(result.exitCode).toBe(0);
    expect(mutantLines(project.dir)).toEqual([3]);
    expect(result.stdout).toContain('Scoped run (diff: changes since HEAD~1)');
  });

  it('adds the mutants covered by a changed test file, uncommitted changes included', async () => {
    project = await gitProject();
    writeFileSync(join(project.dir, 'test/label.test.ts'), readFileSync(join(project.dir, 'test/label.test.ts'), 'utf8') + "it('labels adults', () => expect(label(30)).toBe('adult'));\n");
    const result = await project.mutate('run', '--since', 'HEAD~1', '--concurrency', '1');
    expect(result.exitCode).toBe(0);
    // Line 3 changed; lines 7 (the body of label) and 8 are what the changed label test covers.
    expect(mutantLines(project.dir)).toEqual([3, 7, 8]);
  });

  it('names a ref that does not exist, with its own exit code', async () => {
    project = await gitProject();
    const result = await project.mutate('run', '--since', 'origin/nope');
    expect(result.exitCode).toBe(6);
    expect(result.stderr).toContain('error: --since origin/nope: no such commit, branch or tag here');
  });
});

describe('mutate run --in-diff', () => {
  it('takes a unified diff, and refuses one that does not match the files', async () => {
    project = await gitProject();
    const diff = (await runCommand('git', ['diff', 'HEAD~1'], project.dir)).stdout;
    writeFileSync(join(project.dir, 'change.diff'), diff);
    expect((await project.mutate('run', '--in-diff', 'change.diff', '--concurrency', '1')).exitCode).toBe(0);
    expect(mutantLines(project.dir)).toEqual([3]);

    writeFileSync(join(project.dir, 'stale.diff'), diff.replace('age >= 67', 'age >= 70'));
    const stale = await project.mutate('run', '--in-diff', 'stale.diff');
    expect(stale.exitCode).toBe(6);
    expect(stale.stderr).toContain('error: the diff does not match the files: src/price.ts:3 reads differently on disk than in the diff');
  });
});
