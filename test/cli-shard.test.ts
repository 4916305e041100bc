import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRICE_SOURCE } from './support/sources.js';
import { tempVitestProject, type TempProject } from './support/temp-project.js';

let project: TempProject;

beforeAll(async () => {
  project = await tempVitestProject({
    'src/price.ts': `${PRICE_SOURCE}export const label = (age: number) => (age < 12 ? 'child' : 'adult');
`,
    'test/price.test.ts': `import { expect, it } from 'vitest';
import { label, price } from '../src/price.js';
it('charges adults the base price', () => expect(price(40, 30, false)).toBe(40));
it('halves children', () => expect(price(40, 8, false)).toBe(20));
it('takes 5 off for members', () => expect(price(40, 30, true)).toBe(35));
it('labels children', () => expect(label(5)).toBe('child'));
`,
  });
});
afterAll(async () => {
  await project?.remove();
});

function verdicts(dir: string): Map<string, string> {
  const report = JSON.parse(readFileSync(join(project.dir, dir, 'mutation.json'), 'utf8')) as MutationTestResult;
  return new Map(Object.values(report.files).flatMap((file) => file.mutants.map((mutant) => [mutant.id, mutant.status] as const)));
}

describe('--shard and mutate merge', () => {
  it('splits the run into disjoint shards whose union, and whose merge, equal the full run', async () => {
    const run = (...args: string[]) => project.mutate('run', '--concurrency', '1', '--reporters', 'json', ...args);
    expect((await run('--report-dir', 'full')).exitCode).toBe(0);
    expect((await run('--shard', '1/2', '--report-dir', 'shard-1')).exitCode).toBe(0);
    expect((await run('--shard', '2/2', '--report-dir', 'shard-2')).exitCode).toBe(0);

    const [full, first, second] = [verdicts('full'), verdicts('shard-1'), verdicts('shard-2')];
    expect(first.size).toBeGreaterThan(0);
    expect(second.size).toBeGreaterThan(0);
    expect([...first.keys()].filter((id) => second.has(id))).toEqual([]);
    expect(new Map([...first, ...second])).toEqual(full);

    const merged = await project.mutate('merge', 'shard-1/mutation.json', 'shard-2/mutation.json', '-o', 'merged');
    expect(merged.exitCode).toBe(0);
    expect(verdicts('merged')).toEqual(full);
    expect(readFileSync(join(project.dir, 'merged/mutation.html'), 'utf8')).toContain('<mutation-test-report-app');
    expect((await project.mutate('merge', 'shard-1/mutation.json', 'shard-2/mutation.json', '-o', 'merged', '--break', '99')).exitCode).toBe(4);
  });

  it('refuses a file that is not a mutation report', async () => {
    const result = await project.mutate('merge', 'package.json');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toBe('error: package.json: not a mutation-testing-report-schema report (no schemaVersion or files)\n');
  });
});
