import { existsSync } from 'node:fs';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'vitest';
import { readReport, reportedMutant, verdictLines, type MutationTestResult } from './report.js';
import { REPO_ROOT, runCommand, tempProject, tempVitestProject, type CommandResult, type TempProject } from './temp-project.js';

/**
 * vitest 4.1 with what the layout fixtures import (jsdom, happy-dom, React and Testing Library,
 * vite-tsconfig-paths, TypeScript for type tests): test/layouts/, installed by scripts/install-test-deps.mjs.
 */
export const LAYOUTS_NODE_MODULES = path.join(REPO_ROOT, 'test/layouts/node_modules');

/** A temp project that resolves vitest 4.1 and the layout fixtures' packages as if it had installed them. */
export function layoutProject(files: Record<string, string>): Promise<TempProject> {
  return tempVitestProject(files, LAYOUTS_NODE_MODULES);
}

/**
 * A temp project whose `node_modules` is a real folder: a link to each package of test/layouts/ plus
 * `links` (package name → folder in the project), as an npm workspace root has its workspaces.
 */
export async function layoutProjectWithLinks(files: Record<string, string>, links: Record<string, string>): Promise<TempProject> {
  const project = await tempProject(files);
  const nodeModules = path.join(project.dir, 'node_modules');
  await mkdir(nodeModules);
  for (const entry of await readdir(LAYOUTS_NODE_MODULES)) {
    if (!entry.startsWith('.')) await symlink(path.join(LAYOUTS_NODE_MODULES, entry), path.join(nodeModules, entry), 'dir');
  }
  for (const [name, folder] of Object.entries(links)) {
    const link = path.join(nodeModules, name);
    await mkdir(path.dirname(link), { recursive: true });
    await symlink(path.join(project.dir, folder), link, 'dir');
  }
  return project;
}

export interface LayoutRun extends CommandResult {
  /** Where it ran, named in failure messages (MUTATE_KEEP_TEMP=1 keeps it). */
  readonly dir: string;
  /** The JSON report, or undefined when the run wrote none (the assertions then show its output). */
  readonly report: MutationTestResult | undefined;
}

/** `mutate run` on one worker (tests run side by side on 2 cores), from `cwd` inside the project (default: its root). */
export async function runMutate(project: TempProject, args: readonly string[] = [], cwd = '.'): Promise<LayoutRun> {
  const dir = path.join(project.dir, cwd);
  const result = await runCommand(process.execPath, [path.join(REPO_ROOT, 'packages/cli/bin/mutate.js'), 'run', '--concurrency', '1', ...args], dir);
  const reported = existsSync(path.join(dir, 'reports/mutation/mutation.json')) ? readReport(dir) : undefined;
  return { ...result, dir, report: reported };
}

/** Exit code 0, no stack trace, a report with no mutant left without a verdict. */
export function expectCleanRun(run: LayoutRun): MutationTestResult {
  const output = `in ${run.dir}: exit code ${run.exitCode}\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`;
  expect(run.exitCode, output).toBe(0);
  expect(run.stdout + run.stderr, output).not.toMatch(/\n\s+at /);
  expect(run.report, output).toBeDefined();
  const report = run.report!;
  const unfinished = verdictLines(report).filter((line) => /→ (Pending|RuntimeError|Timeout|CompileError)$/.test(line));
  expect(unfinished).toEqual([]);
  return report;
}

/**
 * The source most fixtures share: two tests (150 and 50) reach `discounted`; nothing calls `unusedFee`.
 * A fixture's own test file exercises it through its layout (an alias, a setup file, a DOM...).
 */
export const PRICE_SOURCE = `export function discounted(total: number): number {
  if (total >= 100) return total * 0.9;
  return total;
}

export function unusedFee(total: number): number {
  return total + 5;
}
`;

/** A test file of PRICE_SOURCE's `discounted` that imports it from `from`. */
export const priceTest = (from: string) => `import { describe, expect, it } from 'vitest';
import { discounted } from '${from}';

describe('price', () => {
  it('takes 10% off 150', () => {
    expect(discounted(150)).toBe(135);
  });
  it('keeps 50 as it is', () => {
    expect(discounted(50)).toBe(50);
  });
});
`;

/** The names of the two tests of `discounted` that a fixture's test file must have (inside `describe('price')`). */
export const PRICE_TESTS = { above: 'price > takes 10% off 150', below: 'price > keeps 50 as it is' } as const;

/**
 * The verdicts PRICE_SOURCE must get, whatever the layout: each killed mutant by the one test that
 * notices it, the untested boundary survives both tests, the uncalled function is not covered.
 */
export function expectPriceVerdicts(report: MutationTestResult, sourceFile: string, testFile: string): void {
  const verdict = (line: number, replacement: string) => {
    const { status, killedBy, testsCompleted } = reportedMutant(report, sourceFile, line, replacement);
    return { status, killedBy, testsCompleted };
  };
  expect(verdict(2, 'total / 0.9')).toEqual({ status: 'Killed', killedBy: [`${testFile}: ${PRICE_TESTS.above}`], testsCompleted: 1 });
  // Both tests reach the condition; whichever runs first, only the test of 50 notices it forced true.
  expect(verdict(2, 'true')).toEqual({ status: 'Killed', killedBy: [`${testFile}: ${PRICE_TESTS.below}`], testsCompleted: expect.any(Number) });
  expect(verdict(2, 'total > 100')).toEqual({ status: 'Survived', killedBy: undefined, testsCompleted: 2 });
  expect(verdict(7, 'total - 5')).toEqual({ status: 'NoCoverage', killedBy: undefined, testsCompleted: undefined });
}
