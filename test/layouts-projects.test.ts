import { afterEach, describe, expect, it } from 'vitest';
import { reportedMutant } from './support/report.js';
import {
  expectCleanRun,
  expectPriceVerdicts,
  layoutProject,
  layoutProjectWithLinks,
  PRICE_SOURCE,
  priceTest,
  runMutate,
  type LayoutRun,
} from './support/layouts.js';
import type { TempProject } from './support/temp-project.js';

/** Projects made of projects (vitest 4.1): an npm-workspaces monorepo, and vitest's own `test.projects`. */

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('a package of an npm-workspaces monorepo, run from its own folder', () => {
  it('mutates that package only, and its tests reach a sibling package through its workspace link', async () => {
    project = await layoutProjectWithLinks(
      {
        'package.json': '{ "name": "shop", "private": true, "type": "module", "workspaces": ["packages/*"] }\n',
        'packages/money/package.json': '{ "name": "@shop/money", "type": "module", "exports": "./src/index.ts" }\n',
        'packages/money/src/index.ts': 'export const cents = (amount: number): number => Math.round(amount * 100);\n',
        'packages/app/package.json': '{ "name": "@shop/app", "private": true, "type": "module", "dependencies": { "@shop/money": "*" }, "mutate": { "cache": false } }\n',
        'packages/app/vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { include: ['test/**/*.test.ts'] } });
`,
        'packages/app/src/price.ts': PRICE_SOURCE,
        'packages/app/src/checkout.ts': `import { cents } from '@shop/money';

export function totalCents(prices: number[]): number {
  return prices.reduce((sum, price) => sum + cents(price), 0);
}
`,
        'packages/app/test/price.test.ts': priceTest('../src/price.js'),
        'packages/app/test/checkout.test.ts': `import { describe, expect, it } from 'vitest';
import { totalCents } from '../src/checkout.js';

describe('checkout', () => {
  it('adds up the prices in cents', () => {
    expect(totalCents([1.5, 2.25])).toBe(375);
  });
});
`,
      },
      { '@shop/money': 'packages/money', '@shop/app': 'packages/app' },
    );
    const report = expectCleanRun(await runMutate(project, [], 'packages/app'));
    expect(Object.keys(report.files).toSorted()).toEqual(['src/checkout.ts', 'src/price.ts']);
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
    expect(reportedMutant(report, 'src/checkout.ts', 4, 'sum - cents(price)')).toMatchObject({
      status: 'Killed',
      killedBy: ['test/checkout.test.ts: checkout > adds up the prices in cents'],
    });
  });
});

describe('a project of vitest projects (test.projects): unit, with a setup file, and integration, with isolate: false', () => {
  const alias = `const alias = { '@app': fileURLToPath(new URL('./src', import.meta.url)) };`;
  const unitTest = { include: ['test/unit/**/*.test.ts'], setupFiles: ['./test/unit/setup.ts'] };
  const files = (packageJson = '{ "name": "temp-project", "type": "module", "private": true, "mutate": { "cache": false } }\n') => ({
    'package.json': packageJson,
    'vitest.config.ts': `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
${alias}
export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', ...${JSON.stringify(unitTest)} } },
      { resolve: { alias }, test: { name: 'integration', include: ['test/integration/**/*.test.ts'], isolate: false } },
    ],
  },
});
`,
    // The unit project alone, as a config of its own.
    'vitest.unit.config.ts': `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
${alias}
export default defineConfig({ resolve: { alias }, test: ${JSON.stringify(unitTest)} });
`,
    'src/price.ts': PRICE_SOURCE,
    'src/cart.ts': `export function cartTotal(prices: number[]): number {
  return prices.reduce((total, price) => total + price, 0);
}
`,
    // The unit tests need their setup file: without it \`bigOrder\` is undefined and they fail.
    'test/unit/setup.ts': `(globalThis as { bigOrder?: number }).bigOrder = 150;
`,
    'test/unit/price.test.ts': priceTest('@app/price').replace('discounted(150)', 'discounted((globalThis as { bigOrder?: number }).bigOrder!)'),
    'test/integration/cart.test.ts': `import { describe, expect, it } from 'vitest';
import { cartTotal } from '@app/cart';

describe('cart', () => {
  it('adds up the prices', () => {
    expect(cartTotal([100, 50])).toBe(150);
  });
});
`,
  });

  /** A run of the unit tests alone: the cart, which only the integration tests reach, is not covered. */
  function expectUnitTestsOnly(run: LayoutRun): void {
    const report = expectCleanRun(run);
    expect(Object.keys(report.testFiles ?? {})).toEqual(['test/unit/price.test.ts']);
    expectPriceVerdicts(report, 'src/price.ts', 'test/unit/price.test.ts');
    expect(reportedMutant(report, 'src/cart.ts', 2, 'total - price').status).toBe('NoCoverage');
  }

  it('runs the tests of every project by default: a mutant only the integration tests catch is killed', async () => {
    project = await layoutProject(files());
    const report = expectCleanRun(await runMutate(project));
    expect(Object.keys(report.testFiles ?? {}).toSorted()).toEqual(['test/integration/cart.test.ts', 'test/unit/price.test.ts']);
    expectPriceVerdicts(report, 'src/price.ts', 'test/unit/price.test.ts');
    expect(reportedMutant(report, 'src/cart.ts', 2, 'total - price')).toMatchObject({
      status: 'Killed',
      killedBy: ['test/integration/cart.test.ts: cart > adds up the prices'],
    });
  });

  it('runs only the unit tests with --vitest-project unit', async () => {
    project = await layoutProject(files());
    expectUnitTestsOnly(await runMutate(project, ['--vitest-project', 'unit']));
  });

  it('runs only the unit tests with --vitest-config vitest.unit.config.ts', async () => {
    project = await layoutProject(files());
    expectUnitTestsOnly(await runMutate(project, ['--vitest-config', 'vitest.unit.config.ts']));
  });

  it("runs only the unit tests with { vitest: { configFile } } in package.json's mutate key", async () => {
    project = await layoutProject(
      files('{ "name": "temp-project", "type": "module", "private": true, "mutate": { "cache": false, "vitest": { "configFile": "vitest.unit.config.ts" } } }\n'),
    );
    expectUnitTestsOnly(await runMutate(project));
  });

  it('stops with a usage error (exit 2) naming the projects there are, given a project that is not there', async () => {
    project = await layoutProject(files());
    const run = await runMutate(project, ['--vitest-project', 'nope']);
    expect(run.exitCode, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/nope/);
    expect(run.stderr).toMatch(/\bunit\b/);
    expect(run.stderr).toMatch(/\bintegration\b/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('leaves out a project that only type-checks, and says so', async () => {
    const withTypes = files();
    withTypes['vitest.config.ts'] = withTypes['vitest.config.ts'].replace(
      "      { resolve: { alias }, test: { name: 'integration'",
      "      { test: { name: 'types', include: [], typecheck: { enabled: true, only: true, include: ['test/types/**/*.test-d.ts'] } } },\n      { resolve: { alias }, test: { name: 'integration'",
    );
    project = await layoutProject({
      ...withTypes,
      'test/types/price.test-d.ts': "import { expectTypeOf } from 'vitest';\nimport { discounted } from '../../src/price.js';\nexpectTypeOf(discounted).returns.toEqualTypeOf<number>();\n",
    });
    const run = await runMutate(project);
    const report = expectCleanRun(run);
    expect(run.stderr).toContain("vitest project 'types' only type-checks: left out");
    expect(Object.keys(report.testFiles ?? {}).toSorted()).toEqual(['test/integration/cart.test.ts', 'test/unit/price.test.ts']);
  });
});

describe('vitest projects that differ in globals, sharing a module with a table (static mutants)', () => {
  it('runs each static mutant against both projects\' test files, each in a worker of its own project', async () => {
    const unitsTest = (header: string) => `${header}
describe('units', () => {
  it('converts kilometres', () => {
    expect(toMetres(2, 'km')).toBe(2000);
  });
  it('keeps metres', () => {
    expect(toMetres(3, 'm')).toBe(3);
  });
});
`;
    project = await layoutProject({
      'package.json': '{ "name": "temp-project", "type": "module", "private": true, "mutate": { "cache": false } }\n',
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'plain', include: ['test/plain/**/*.test.ts'] } },
      { test: { name: 'globals', include: ['test/globals/**/*.test.ts'], globals: true } },
    ],
  },
});
`,
      'src/units.ts': `const FACTORS: Record<string, number> = { km: 1000, m: 1 };
const ALIASES: Record<string, string> = { kilometre: 'km', metre: 'm' };
export function toMetres(value: number, unit: string): number {
  return value * FACTORS[ALIASES[unit] ?? unit]!;
}
`,
      // The bigger file, so vitest runs it first: a worker whose first file is the plain project's
      // never installs the globals (vitest does that once per worker, with its first file's config).
      'test/plain/units.test.ts': unitsTest(`import { describe, expect, it } from 'vitest';\nimport { toMetres } from '../../src/units.js';\n${'// padding\n'.repeat(200)}`),
      // No import from vitest: its globals.
      'test/globals/units.test.ts': unitsTest(`import { toMetres } from '../../src/units.js';`),
    });
    // Before workers were kept per project, the worker of one project took the other's files too,
    // and the globals vitest installs once per worker were taken away as drift: "describe is not defined".
    const report = expectCleanRun(await runMutate(project));
    const tables = report.files['src/units.ts']!.mutants.filter((mutant) => mutant.location.start.line <= 2);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    expect(tables.every((mutant) => mutant.static)).toBe(true);
    // No test uses the aliases; both files use the factors.
    expect(tables.map((mutant) => [mutant.location.start.line, mutant.status])).toEqual(tables.map((mutant) => [mutant.location.start.line, mutant.location.start.line === 1 ? 'Killed' : 'Survived']));
    const factors = tables.find((mutant) => mutant.location.start.line === 1 && mutant.replacement === '{}');
    expect(factors?.status).toBe('Killed');
  });
});
