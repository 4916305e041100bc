import { afterEach, describe, expect, it } from 'vitest';
import { expectCleanRun, expectPriceVerdicts, layoutProject, PRICE_SOURCE, priceTest, runMutate } from './support/layouts.js';
import type { TempProject } from './support/temp-project.js';

/**
 * Layouts users have, one small project each, on vitest 4.1: whatever the project's config does
 * (set-up files, aliases, in-source tests, test files with other names), mutate must give every
 * mutant of PRICE_SOURCE the same verdict, by the same test, as on a plain project.
 */

const TSCONFIG_PATHS = `{
  "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "strict": true, "baseUrl": ".", "paths": { "~/*": ["./src/*"] } },
  "include": ["src", "test"]
}
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('a project whose vitest config', () => {
  it('has setupFiles (a matcher the tests use) and a globalSetup (a value the tests inject)', async () => {
    project = await layoutProject({
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ test: { setupFiles: ['./test/setup.ts'], globalSetup: ['./test/global-setup.ts'] } });
`,
      'test/global-setup.ts': `import type { TestProject } from 'vitest/node';
export default function setup(project: TestProject) {
  project.provide('bigOrder', 150);
}
`,
      'test/setup.ts': `import { expect } from 'vitest';
expect.extend({
  toBeCents(received: number, cents: number) {
    return { pass: Math.round(received * 100) === cents, message: () => \`expected \${received} to be \${cents} cents\` };
  },
});
`,
      'src/price.ts': PRICE_SOURCE,
      'test/price.test.ts': `import { describe, expect, inject, it } from 'vitest';
import { discounted } from '../src/price.js';

describe('price', () => {
  it('takes 10% off 150', () => {
    expect(discounted(inject('bigOrder' as never))).toBeCents(13500);
  });
  it('keeps 50 as it is', () => {
    expect(discounted(50)).toBeCents(5000);
  });
});
`,
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
  });

  it('gives tests fixtures with test.extend', async () => {
    project = await layoutProject({
      'src/price.ts': PRICE_SOURCE,
      'test/price.test.ts': `import { describe, expect, test } from 'vitest';
import { discounted } from '../src/price.js';

const it = test.extend<{ bigOrder: number }>({
  bigOrder: async ({}, use) => {
    await use(150);
  },
});

describe('price', () => {
  it('takes 10% off 150', ({ bigOrder }) => {
    expect(discounted(bigOrder)).toBe(135);
  });
  it('keeps 50 as it is', () => {
    expect(discounted(50)).toBe(50);
  });
});
`,
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
  });

  it('has a resolve.alias the tests import the sources by', async () => {
    project = await layoutProject({
      'vitest.config.ts': `import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
export default defineConfig({ resolve: { alias: { '@app': fileURLToPath(new URL('./src', import.meta.url)) } } });
`,
      'src/price.ts': PRICE_SOURCE,
      'test/price.test.ts': priceTest('@app/price'),
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
  });

  // vitest 4.1 runs on Vite 8, which reads tsconfig `paths` itself when asked (resolve.tsconfigPaths).
  it('resolves tsconfig paths natively (resolve.tsconfigPaths)', async () => {
    project = await layoutProject({
      'tsconfig.json': TSCONFIG_PATHS,
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ resolve: { tsconfigPaths: true } });
`,
      'src/price.ts': PRICE_SOURCE,
      'test/price.test.ts': priceTest('~/price'),
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
  });

  it('resolves tsconfig paths with the vite-tsconfig-paths plugin', async () => {
    project = await layoutProject({
      'tsconfig.json': TSCONFIG_PATHS,
      'vitest.config.ts': `import tsconfigPaths from 'vite-tsconfig-paths';
import { defineConfig } from 'vitest/config';
export default defineConfig({ plugins: [tsconfigPaths()] });
`,
      'src/price.ts': PRICE_SOURCE,
      'test/price.test.ts': priceTest('~/price'),
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
  });

  it('runs in-source tests (import.meta.vitest, includeSource), and mutate leaves the test block alone', async () => {
    const inSourceTests = `
if (import.meta.vitest) {
  const { describe, expect, it } = import.meta.vitest;
  describe('price', () => {
    it('takes 10% off 150', () => {
      expect(discounted(150)).toBe(135);
    });
    it('keeps 50 as it is', () => {
      expect(discounted(50)).toBe(50);
    });
  });
}
`;
    project = await layoutProject({
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({ define: { 'import.meta.vitest': 'undefined' }, test: { includeSource: ['src/**/*.ts'] } });
`,
      'src/price.ts': PRICE_SOURCE + inSourceTests,
    });
    const report = expectCleanRun(await runMutate(project));
    expectPriceVerdicts(report, 'src/price.ts', 'src/price.ts');
    // The tests are not code under test: no mutant from line 10 on, where `if (import.meta.vitest)` starts.
    const inTestBlock = report.files['src/price.ts']!.mutants.filter((mutant) => mutant.location.start.line >= 10);
    expect(inTestBlock.map((mutant) => `${mutant.location.start.line}: ${mutant.replacement}`)).toEqual([]);
  });

  it('runs files not named *.test.* or *.spec.* as tests (type tests, property tests): they are never mutated', async () => {
    project = await layoutProject({
      'tsconfig.json': `{
  "compilerOptions": { "target": "ES2022", "module": "ESNext", "moduleResolution": "Bundler", "strict": true, "noEmit": true, "skipLibCheck": true },
  "include": ["src", "test"]
}
`,
      'vitest.config.ts': `import { defineConfig } from 'vitest/config';
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test-prop.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
});
`,
      'src/price.ts': PRICE_SOURCE,
      'src/round.ts': `export const roundCents = (amount: number): number => Math.round(amount * 100) / 100;
`,
      'src/price.test-d.ts': `import { expectTypeOf, test } from 'vitest';
import { discounted } from './price.js';

test('discounted takes and gives a number', () => {
  expectTypeOf(discounted).parameter(0).toBeNumber();
  expectTypeOf(discounted).returns.toBeNumber();
});
`,
      'src/round.test-prop.ts': `import { expect, test } from 'vitest';
import { roundCents } from './round.js';

test('rounding is within half a cent, for every amount tried', () => {
  for (let amount = 0; amount < 10; amount += 0.137) {
    expect(Math.abs(roundCents(amount) - amount)).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(Number.isInteger(Math.round(roundCents(amount) * 100))).toBe(true);
  }
});
`,
      'test/price.test.ts': priceTest('../src/price.js'),
    });
    const report = expectCleanRun(await runMutate(project));
    expect(Object.keys(report.files).toSorted()).toEqual(['src/price.ts', 'src/round.ts']);
    expectPriceVerdicts(report, 'src/price.ts', 'test/price.test.ts');
    expect(report.files['src/round.ts']!.mutants.find((mutant) => mutant.replacement === 'amount / 100')?.status).toBe('Killed');
  });
});
