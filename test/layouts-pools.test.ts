import { afterEach, describe, expect, it } from 'vitest';
import { reportedMutant } from './support/report.js';
import { expectCleanRun, expectPriceVerdicts, layoutProject, PRICE_SOURCE, priceTest, runMutate } from './support/layouts.js';
import type { TempProject } from './support/temp-project.js';

/** Layouts that choose how vitest runs the test files (vitest 4.1): the pool, and whether files share modules. */

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe("a project with pool: 'forks'", () => {
  it('runs its tests in processes, where a test may change directory (process.chdir)', async () => {
    project = await layoutProject({
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { pool: 'forks' } });
`,
      'src/price.ts': PRICE_SOURCE,
      'src/paths.ts': `import { join } from 'node:path';

export function configFile(name: string): string {
  return join(process.cwd(), 'config', name + '.json');
}
`,
      'test/price.test.ts': priceTest('../src/price.js'),
      // process.chdir throws in a worker thread: this file only passes in a process.
      'test/paths.test.ts': `import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFile } from '../src/paths.js';

const start = process.cwd();
const elsewhere = realpathSync(mkdtempSync(join(tmpdir(), 'mutate-cwd-')));
afterEach(() => {
  process.chdir(start);
});

describe('configFile', () => {
  it('is in the config folder of the working directory', () => {
    process.chdir(elsewhere);
    expect(configFile('app')).toBe(join(elsewhere, 'config', 'app.json'));
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
`,
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
    expect(reportedMutant(report, 'src/paths.ts', "'config'", '""')).toMatchObject({
      status: 'Killed',
      killedBy: ['test/paths.test.ts: configFile > is in the config folder of the working directory'],
    });
  });
});

describe('a project with isolate: false (test files share one module graph)', () => {
  // Module-level constants are evaluated once, at import: their mutants are "static". Each of the
  // three files checks the 'paid' label, so each alone would kill its mutant; no test reads 'void'.
  const labelsTest = (other: string) => `import { describe, expect, it } from 'vitest';
import { label } from '../src/labels.js';

describe('label', () => {
  it('names paid invoices', () => {
    expect(label('paid')).toBe('Paid');
  });
  it('names ${other} invoices', () => {
    expect(label('${other}')).not.toBe('Unknown');
  });
});
`;

  it('kills a static mutant of a module three test files import, running it against all their tests', async () => {
    project = await layoutProject({
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { isolate: false } });
`,
      'src/price.ts': PRICE_SOURCE,
      'src/labels.ts': `const LABELS: Record<string, string> = { draft: 'Draft', sent: 'Sent', paid: 'Paid', void: 'Void' };

export function label(status: string): string {
  return LABELS[status] ?? 'Unknown';
}
`,
      'test/draft.test.ts': labelsTest('draft'),
      'test/sent.test.ts': labelsTest('sent'),
      'test/void.test.ts': labelsTest('void'),
      'test/price.test.ts': priceTest('../src/price.js'),
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');

    expect(reportedMutant(report, 'src/labels.ts', "'Paid'", '""')).toMatchObject({
      status: 'Killed',
      static: true,
      killedBy: [expect.stringMatching(/^test\/(draft|sent|void)\.test\.ts: label > names paid invoices$/)],
    });
    // 'Void' is read by no test as such ('names void invoices' only checks it is known): it survives,
    // after all six tests of the three files that import labels.ts ran against it, and none of price.test.ts.
    expect(reportedMutant(report, 'src/labels.ts', "'Void'", '""')).toMatchObject({ status: 'Survived', static: true, testsCompleted: 6 });
  });
});
