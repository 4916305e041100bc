import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, MUTATE_BIN, tempVitestProject, type TempProject } from './support/temp-project.js';

let project: TempProject;

beforeAll(async () => {
  project = await tempVitestProject({
    'src/age.ts': `export function category(age: number): string {
  if (age >= 65) return 'senior';
  if (age >= 18) return 'adult';
  return 'child';
}
`,
    'test/age.test.ts': `import { expect, it } from 'vitest';
import { category } from '../src/age.js';
it('children', () => expect(category(5)).toBe('child'));
it('adults', () => expect(category(30)).toBe('adult'));
it('seniors', () => expect(category(70)).toBe('senior'));
`,
  });
});
afterAll(async () => {
  await project?.remove();
});

describe('pull-request outputs', () => {
  it('under GITHUB_ACTIONS, prints survivors as annotations, at most one per line, and writes a step summary', async () => {
    const summaryFile = join(project.dir, 'step-summary.md');
    const result = await runCommand(MUTATE_BIN, ['run', '--concurrency', '1'], project.dir, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
    expect(result.exitCode).toBe(0);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::warning '));
    // Both boundaries survive (65 and 18 are never tested exactly): one annotation per line, with its explanation.
    expect(annotations).toEqual([
      '::warning file=src/age.ts,line=2,endLine=2,title=EqualityOperator::Survived mutant: `age >= 65` → `age > 65` and no test failed. Tests gave `age` = 5, 30, 70: the original and the mutant agree on all 3. `age` = 65 tells them apart (original true, mutant false).',
      '::warning file=src/age.ts,line=3,endLine=3,title=EqualityOperator::Survived mutant: `age >= 18` → `age > 18` and no test failed. Tests gave `age` = 5, 30: the original and the mutant agree on both. `age` = 18 tells them apart (original true, mutant false).',
    ]);
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toContain('## Mutation testing');
    expect(summary).toMatch(/\*\*Mutation score: \d+\.\d\d%\*\*/);
    expect(summary).toContain('```diff\n- age >= 18\n+ age > 18\n```\n\n> Tests gave `age` = 5, 30: the original and the mutant agree on both. `age` = 18 tells them apart');
  });

  it('writes SARIF 2.1.0 listing the survivors, and a Markdown summary, on request', async () => {
    const result = await project.mutate('run', '--concurrency', '1', '--reporters', 'sarif,markdown');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).not.toContain('::warning');
    const sarif = JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.sarif'), 'utf8')) as Log;
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('mutate');
    expect(run.tool.driver.rules?.map((rule) => rule.id)).toEqual(['EqualityOperator']);
    expect(run.results?.map((finding) => [finding.ruleId, finding.ruleIndex, finding.level, finding.locations?.[0]?.physicalLocation?.artifactLocation?.uri, finding.locations?.[0]?.physicalLocation?.region?.startLine])).toEqual([
      ['EqualityOperator', 0, 'warning', 'src/age.ts', 2],
      ['EqualityOperator', 0, 'warning', 'src/age.ts', 3],
    ]);
    expect(readFileSync(join(project.dir, 'reports/mutation/mutation.md'), 'utf8')).toContain('### Survivors (2)');
  });
});
