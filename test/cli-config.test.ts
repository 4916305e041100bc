import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { MUTATE_BIN, REPO_ROOT, runCommand, tempProject, tempVitestProject, type TempProject } from './support/temp-project.js';

const EXAMPLE = join(REPO_ROOT, 'examples/pricing');
const reportDir = mkdtempSync(join(tmpdir(), 'mutate-reports-'));
afterAll(() => rmSync(reportDir, { recursive: true, force: true }));

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('score thresholds', () => {
  // examples/pricing scores about 78%.
  it('exits 4 below --break, naming score and threshold', async () => {
    const result = await runCommand(MUTATE_BIN, ['run', '--break', '95', '--reporters', 'clear-text,json', '--report-dir', reportDir], EXAMPLE);
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toMatch(/error: the mutation score \d+\.\d\d% is below the break threshold 95%/);
    expect(result.stdout).toMatch(/Mutation score: 7\d\.\d\d% \(on covered code: \d+\.\d\d%\) · break at 95%/);
  });

  it('exits 0 at or above --break, and prints the per-file table', async () => {
    const result = await runCommand(MUTATE_BIN, ['run', '--break', '50', '--reporters', 'clear-text,json', '--report-dir', reportDir], EXAMPLE);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^File\s+Score\s+Killed\s+Survived\s+No coverage$/m);
    expect(result.stdout).toMatch(/^src\/tickets\.ts\s+\d+\.\d\d%\s+\d+\s+\d+\s+\d+$/m);
  });
});

describe('config', () => {
  it('names an unknown key in mutate.config.json and suggests the right one', async () => {
    project = await tempProject({ 'mutate.config.json': '{ "mutat": ["src/**/*.ts"] }\n', 'src/a.ts': 'export const a = 1;\n' });
    const result = await project.mutate('run');
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('error: mutate.config.json: unknown config key `mutat`; did you mean `mutate`?\n');
  });

  it('takes break from thresholds in the config file, and lets a flag override it', async () => {
    project = await tempVitestProject({
      'mutate.config.mjs': "export default { thresholds: { break: 99 }, reporters: ['json'] };\n",
      'src/age.ts': "export const adult = (age: number) => age >= 18;\n",
      'test/age.test.ts': "import { expect, it } from 'vitest';\nimport { adult } from '../src/age.js';\nit('is adult at 30', () => expect(adult(30)).toBe(true));\n",
    });
    expect((await project.mutate('run', '--concurrency', '1')).exitCode).toBe(4);
    expect((await project.mutate('run', '--concurrency', '1', '--break', '10')).exitCode).toBe(0);
  });
});

describe('numeric flags', () => {
  it('lets the last of a repeated flag win, and names a value that is not a number', async () => {
    project = await tempProject({ 'src/a.ts': 'export const a = 1;\n' });
    // Were the two combined (yargs' default turned `2 … 1` into 3) or the first kept, there would be no error.
    const repeated = await project.mutate('run', '--concurrency', '4', '--concurrency', '0');
    expect(repeated.exitCode).toBe(2);
    expect(repeated.stderr).toBe('error: command line: `concurrency` must be a whole number from 1 to 1024, not 0\n');
    const text = await project.mutate('run', '--timeout-ms', 'soon');
    expect(text.exitCode).toBe(2);
    expect(text.stderr).toMatch(/`timeoutMs` must be .*, not "soon"/);
    const missing = await project.mutate('run', '--break');
    expect(missing.exitCode).toBe(2);
    expect(missing.stderr).toBe("error: Not enough arguments following: break\nRun 'mutate --help' for usage.\n");
  });
});

describe('mutate init', () => {
  it('writes a starter config that mutate accepts, and never overwrites one', async () => {
    project = await tempProject({ 'src/a.ts': 'export const a = 1 + 2;\n' });
    const first = await project.mutate('init');
    expect(first).toMatchObject({ exitCode: 0, stdout: 'Wrote mutate.config.mjs. Next: npx mutate run\n' });
    const { loadConfig } = await import('@mutate/core');
    expect((await loadConfig(project.dir)).config).toMatchObject({ thresholds: { high: 80, low: 60, break: null }, reportDir: 'reports/mutation' });
    const again = await project.mutate('init');
    expect(again.exitCode).toBe(2);
    expect(again.stderr).toBe('error: mutate.config.mjs already exists; mutate init leaves it alone\n');
  });
});

describe('bad input', () => {
  it('names file, line and column of a syntax error, without a stack trace', async () => {
    project = await tempProject({ 'src/ok.ts': 'export const a = 1 + 2;\n', 'src/broken.ts': 'export function f(a: number {\n  return a;\n}\n' });
    const result = await project.mutate('run');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^error: src\/broken\.ts:1:29: syntax error: Unexpected token, expected ","$/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
