import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempVitestProject, type TempProject } from './support/temp-project.js';

let project: TempProject;

const SOURCE = `export function price(base: number, age: number): number {
  if (age < 12) return base / 2;
  if (age >= 65) return base * 0.7;
  return base;
}
`;

beforeAll(async () => {
  project = await tempVitestProject({
    'src/price.ts': SOURCE,
    'src/label.ts': "export const label = (age: number) => (age < 12 ? 'child' : 'adult');\n",
    'test/price.test.ts': "import { expect, it } from 'vitest';\nimport { price } from '../src/price.js';\nit('halves children', () => expect(price(40, 8)).toBe(20));\nit('charges adults', () => expect(price(40, 30)).toBe(40));\n",
    'test/label.test.ts': "import { expect, it } from 'vitest';\nimport { label } from '../src/label.js';\nit('labels children', () => expect(label(5)).toBe('child'));\n",
  });
});
afterAll(async () => {
  await project?.remove();
});

const run = () => project.mutate('run', '--concurrency', '1', '--cache', '--cache-dir', '.mutate-cache', '--reporters', 'json,progress');
const verdicts = () => {
  const report = JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
  return Object.fromEntries(Object.entries(report.files).flatMap(([file, { mutants }]) => mutants.map((mutant) => [`${file}#${mutant.id}`, mutant.status])));
};

describe('the results cache', () => {
  it('reuses every verdict when nothing changed, and only what did not change otherwise', async () => {
    const first = await run();
    expect(first.exitCode).toBe(0);
    expect(first.stderr).not.toContain('reused');
    const full = verdicts();
    const ran = Object.values(full).filter((status) => status === 'Killed' || status === 'Survived').length;

    const second = await run();
    expect(second.stderr).toContain(`reused ${ran} verdicts from the cache; 0 mutants to test`);
    expect(verdicts()).toEqual(full);

    // A change to one source file: its mutants run again, the other file's are reused.
    writeFileSync(join(project.dir, 'src/price.ts'), SOURCE.replace('return base;', 'return base + 0;'));
    const third = await run();
    const labelMutants = Object.keys(full).filter((key) => key.startsWith('src/label.ts') && ['Killed', 'Survived'].includes(full[key]!)).length;
    expect(third.stderr).toMatch(new RegExp(`reused ${labelMutants} verdicts from the cache; \\d+ mutants to test`));
  });

  it('ignores a corrupt cache with a warning, and never trusts it', async () => {
    writeFileSync(join(project.dir, '.mutate-cache/results.json'), '{ "format": "mutate-results-cache-1", "entries": ');
    const result = await run();
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/warning: .*results\.json is corrupt .*; ignoring it/);
    expect(result.stderr).not.toMatch(/reused \d+ verdicts/);
  });

  it('reuses the dry run while nothing it read changed, and starts no test runner when every verdict is cached', async () => {
    // A vitest config that leaves a mark each time vitest loads it.
    writeFileSync(join(project.dir, 'vitest.config.ts'), "import { appendFileSync } from 'node:fs';\nappendFileSync(new URL('./config-loads', import.meta.url), 'x');\nexport default {};\n");
    const loads = () => (existsSync(join(project.dir, 'config-loads')) ? readFileSync(join(project.dir, 'config-loads'), 'utf8').length : 0);
    await run();
    const before = loads();
    expect(before).toBeGreaterThan(0);
    const unchanged = await run();
    expect(loads()).toBe(before);
    expect(unchanged.exitCode).toBe(0);
    expect(unchanged.stderr).toContain('dry run: reused');
    expect(unchanged.stderr).toMatch(/reused \d+ verdicts from the cache; 0 mutants to test/);

    // A new test file: the dry run runs again (it may cover what nothing covered).
    writeFileSync(join(project.dir, 'test/more.test.ts'), "import { expect, it } from 'vitest';\nimport { price } from '../src/price.js';\nit('discounts seniors', () => expect(price(40, 70)).toBe(28));\n");
    const newTest = await run();
    expect(newTest.exitCode).toBe(0);
    expect(newTest.stderr).not.toContain('dry run: reused');
    expect(newTest.stderr).toMatch(/dry run: 4 tests passed/);

    // A changed test file, then a changed source file the tests load: the dry run runs again each time.
    writeFileSync(join(project.dir, 'test/more.test.ts'), "import { expect, it } from 'vitest';\nimport { price } from '../src/price.js';\nit('discounts seniors', () => expect(price(50, 70)).toBe(35));\n");
    expect((await run()).stderr).not.toContain('dry run: reused');
    expect((await run()).stderr).toContain('dry run: reused');
    writeFileSync(join(project.dir, 'src/label.ts'), "export const label = (age: number) => (age < 13 ? 'child' : 'adult');\n");
    expect((await run()).stderr).not.toContain('dry run: reused');
  });
});
