import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { tempVitestProject, type TempProject } from './support/temp-project.js';

// The statements that once made code esbuild and Babel reject: several mutants on one expression
// statement, a braceless body, statements that need an ASI guard (no semicolons), `??` chains.
const CONSTRUCTS_SOURCE = `export function constructs(o: { m?: (v: number) => void } | undefined, a: number, b: number, sortKeys: boolean) {
  const out: unknown[] = [3, 1, 2]
  const keys = ['b', 'a']
  const f = () => out.push('f')
  o?.m?.(a)
  out.sort()
  a !== b && out.push(a)
  !o && out.push(b)
  --a === 0 && out.push(0)
  if (sortKeys) keys.sort()
  a > 1 && f();
  out.push(o?.m ?? a ?? b)
  return { out, keys, a }
}
`;

const CONSTRUCTS_TEST = `import { expect, it } from 'vitest';
import { constructs } from '../src/constructs.js';

it('runs every construct', () => {
  const calls: number[] = [];
  expect(constructs({ m: (v) => calls.push(v) }, 1, 2, true).out).toHaveLength(6);
  expect(constructs(undefined, 3, 3, false)).toMatchObject({ keys: ['b', 'a'], a: 2 });
  expect(calls).toEqual([1]);
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('mutate run on the hard cases of mutation switching', () => {
  it('instruments every one into code vitest compiles: no CompileError, no dry-run failure', async () => {
    project = await tempVitestProject({ 'src/constructs.ts': CONSTRUCTS_SOURCE, 'test/constructs.test.ts': CONSTRUCTS_TEST });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
    const mutants = Object.values(report.files).flatMap((file) => file.mutants);
    expect(mutants.length).toBeGreaterThan(30);
    expect(mutants.filter((mutant) => mutant.status === 'CompileError')).toEqual([]);
    expect(mutants.filter((mutant) => mutant.status === 'Killed').length).toBeGreaterThan(10);
  });
});
