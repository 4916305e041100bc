import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempVitestProject, type CommandResult, type TempProject } from './support/temp-project.js';

// The project: isAdult tested with 5 and 30 only, so `age > 18` survives.
const FILES = {
  'src/age.ts': `export function isAdult(age: number): boolean {
  return age >= 18;
}

export function greet(name?: string): string {
  return \`Hello, \${name ?? 'you'}\`;
}
`,
  'test/age.test.ts': `import { expect, it } from 'vitest';
import { greet, isAdult } from '../src/age.js';
it('calls 30 an adult', () => expect(isAdult(30)).toBe(true));
it('calls 5 a minor', () => expect(isAdult(5)).toBe(false));
it('greets', () => expect(greet('Ann')).toContain('Ann'));
`,
};

let project: TempProject;
let run: CommandResult;
let before: Map<string, string>;

const report = (): MutationTestResult => JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
const mutantsOf = (result: MutationTestResult) => result.files['src/age.ts']!.mutants;
const boundaryOf = (result: MutationTestResult) => mutantsOf(result).find((mutant) => mutant.replacement === 'age > 18')!;

beforeAll(async () => {
  project = await tempVitestProject(FILES);
  before = await project.snapshot();
  run = await project.mutate('run', '--concurrency', '2', '--reporters', 'clear-text,progress,json');
});

afterAll(() => project?.remove());

describe('mutate run explains its survivors', () => {
  it("gives `age > 18` the observed values 5 and 30 and the distinguishing input 18, in the report's statusReason", () => {
    expect(run.exitCode, run.stderr).toBe(0);
    const boundary = boundaryOf(report());
    expect(boundary.status).toBe('Survived');
    expect(boundary.statusReason).toMatch(/^Tests gave `age` = 5, 30: the original and the mutant agree on both\. `age` = 18 tells them apart \(original true, mutant false\)/);
  });

  it('explains every survivor and every mutant no test reaches', () => {
    const unexplained = mutantsOf(report()).filter((mutant) => (mutant.status === 'Survived' || mutant.status === 'NoCoverage') && !mutant.statusReason);
    expect(unexplained).toEqual([]);
    const uncovered = mutantsOf(report()).find((mutant) => mutant.status === 'NoCoverage');
    expect(uncovered?.statusReason).toBe("No test reaches `'you'` (line 6, in `greet`): a test that does, and checks what it does, would tell whether `\"\"` matters.");
  });

  it('prints the explanation under the survivor on the console, and how long explaining took', () => {
    expect(run.stdout).toMatch(/- age >= 18\n {2}\+ age > 18\n.*\n {2}why: Tests gave `age` = .*`age` = 18 tells them apart/);
    expect(run.stderr).toMatch(/explained \d+ survivors? and uncovered mutants in \d+\.\d s \(\d+ reran their tests with a probe, in \d+ runs?\)/);
  });

  it('never writes to the project: the probes record outside it', async () => {
    const after = await project.snapshot();
    for (const [file, text] of before) expect(after.get(file), file).toBe(text);
  });

  it('gives the same verdicts with --no-explain, and no explanation', async () => {
    const explained = mutantsOf(report()).map((mutant) => [mutant.id, mutant.status]);
    const again = await project.mutate('run', '--concurrency', '2', '--no-explain', '--reporters', 'json');
    expect(again.exitCode, again.stderr).toBe(0);
    expect(mutantsOf(report()).map((mutant) => [mutant.id, mutant.status])).toEqual(explained);
    expect(boundaryOf(report()).statusReason).toBeUndefined();
  });

  it('keeps explanations in the results cache: a rerun explains again without running a probe', async () => {
    const cached = await tempVitestProject({ ...FILES, 'package.json': '{ "name": "cached", "type": "module", "private": true, "mutate": { "cacheDir": ".mutate-cache" } }\n' });
    try {
      const first = await cached.mutate('run', '--concurrency', '2', '--reporters', 'progress,json');
      expect(first.stderr).toMatch(/\((?:[1-9]\d*) reran their tests with a probe, in [1-9]\d* runs?\)/);
      const second = await cached.mutate('run', '--concurrency', '2', '--reporters', 'progress,json');
      expect(second.stderr).toMatch(/reused \d+ verdicts from the cache/);
      expect(second.stderr).not.toMatch(/[1-9]\d* reran their tests with a probe/);
      const reason = (JSON.parse(readFileSync(join(cached.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult).files['src/age.ts']!.mutants.find((mutant) => mutant.replacement === 'age > 18')!.statusReason;
      expect(reason).toContain('`age` = 18 tells them apart');
    } finally {
      await cached.remove();
    }
  });
});
