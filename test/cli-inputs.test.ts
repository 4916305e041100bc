import { afterEach, describe, expect, it } from 'vitest';
import { tempVitestProject, type TempProject } from './support/temp-project.js';

const SOURCE = 'export const double = (n: number) => n * 2;\n';
const TEST = `import { expect, it } from 'vitest';
import { double } from '../src/math.js';
it('doubles', () => {
  expect(double(2)).toBe(4);
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

/** A user's mistake is one message, never a stack trace. */
function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

describe('mutate run on bad input', () => {
  it('names the vitest config that fails to load, with its line, and exits 3', async () => {
    project = await tempVitestProject({
      'src/math.ts': SOURCE,
      'test/math.test.ts': TEST,
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({\n  test: { include: ['test/**'] ,, },\n});\n",
    });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/error: the vitest config vitest\.config\.ts could not be loaded: vitest\.config\.ts:3:\d+: /);
    expectNoStackTrace(result.stderr);
  });

  it('names --mutate globs that match no file and exits 2 without running the tests', async () => {
    project = await tempVitestProject({ 'src/math.ts': SOURCE, 'test/math.test.ts': TEST });
    const result = await project.mutate('run', '--mutate', 'source/**/*.ts', '--mutate', '!source/old/**');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("--mutate 'source/**/*.ts' '!source/old/**' match no source file to mutate");
    expect(result.stderr).not.toContain('dry run');
  });

  it('shows the file, line and message of a test file that fails to load in the dry run', async () => {
    project = await tempVitestProject({
      'src/math.ts': SOURCE,
      'test/math.test.ts': TEST,
      'test/broken.test.ts': "import { it } from 'vitest';\nit('x', () => {\n  const a = ;\n});\n",
    });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(5);
    expect(result.stderr).toContain('test/broken.test.ts');
    expect(result.stderr).toMatch(/broken\.test\.ts:3:\d+/);
    expect(result.stderr).toContain('const a = ;');
  });

  it('stops with an error, never a score of 0%, when the tests pass but reach no mutant', async () => {
    project = await tempVitestProject({
      'src/math.ts': SOURCE,
      'test/other.test.ts': "import { expect, it } from 'vitest';\nit('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n",
    });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(5);
    expect(result.stderr).toMatch(/none of them reached any of the \d+ mutants: coverage could not be collected/);
    expect(result.stdout).not.toContain('Mutation score');
  });
});

describe('files vitest runs as tests', () => {
  it('are never mutated, whatever their names', async () => {
    project = await tempVitestProject({
      'src/math.ts': SOURCE,
      // A check file in vitest's include, and a type test in its typecheck include.
      'src/math.check.ts': TEST.replace('../src/math.js', './math.js'),
      'src/math.test-d.ts': "import { expectTypeOf } from 'vitest';\nimport { double } from './math.js';\nexpectTypeOf(double(1)).toEqualTypeOf<number>();\n",
      'vitest.config.ts': "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['src/**/*.check.ts'] } });\n",
    });
    const listed = await project.mutate('list', '--json');
    expect(listed.exitCode, listed.stderr).toBe(0);
    const files = new Set((JSON.parse(listed.stdout) as { file: string }[]).map((mutant) => mutant.file));
    expect(files).toEqual(new Set(['src/math.ts']));

    const run = await project.mutate('run', '--concurrency', '1', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stderr).not.toContain('math.check.ts');
  });
});

describe('a flaky test', () => {
  it('that fails once in the dry run and passes when run again does not stop the run, and is named', async () => {
    project = await tempVitestProject({
      'src/math.ts': SOURCE,
      'test/math.test.ts': TEST,
      // Fails the first time it runs in a worker process, passes after (a marker file stands for a slow machine).
      'test/flaky.test.ts': `import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { double } from '../src/math.js';
it('is flaky', () => {
  const marker = join(process.cwd(), 'flaky-ran-once');
  const first = !existsSync(marker);
  writeFileSync(marker, '');
  expect(first).toBe(false);
  expect(double(3)).toBe(6);
});
`,
    });
    const result = await project.mutate('run', '--concurrency', '1', '--reporters', 'clear-text');
    expect(result.exitCode, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/flaky\.test\.ts > is flaky failed in the dry run and passed when run again/);
    expect(result.stdout).toContain('Mutation score');
  });
});
