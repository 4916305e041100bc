// The files node:test runs as tests: those the config names (`node: { files }`), else those the
// package.json test script gives `node --test`, else Node's own defaults (`node --test` with no
// arguments): files named like tests anywhere, and every file under a `test` directory, with
// TypeScript's extensions where Node strips types. Never under node_modules.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import type { TestFiles } from '@mutate/core/runner';
import { nodeTestCommandOf, type NodeTestCommand } from './test-script.js';

export interface NodeTestSettings {
  /** Globs (or files, or directories) of the test files, relative to the project. */
  readonly files?: readonly string[];
}

export interface TestPlan {
  readonly files: TestFiles;
  /** Node options for each test file's process, from the test script. */
  readonly execArgv: readonly string[];
}

const EXCLUDE = ['**/node_modules/**', '**/.git/**'];

/** Node's default test file patterns (`node --test` without arguments), with these extensions. */
export function defaultPatterns(extensions: readonly string[]): string[] {
  const ext = `{${extensions.join(',')}}`;
  return [`**/*.test.${ext}`, `**/*-test.${ext}`, `**/*_test.${ext}`, `**/test-*.${ext}`, `**/test.${ext}`, `**/test/**/*.${ext}`];
}

/** The extensions of test files Node runs: TypeScript's too when it strips types (by default from Node 22.18 and 23.6; or as the script asks). */
export function testExtensions(execArgv: readonly string[], nodeStripsTypes: boolean): string[] {
  const typeScript = nodeStripsTypes || execArgv.some((arg) => /^--experimental-(strip|transform)-types$/.test(arg) || /^(tsx|ts-node\b.*|@swc-node\/register.*|@oxc-node\/core.*)$/.test(arg));
  return typeScript ? ['cjs', 'mjs', 'js', 'cts', 'mts', 'ts'] : ['cjs', 'mjs', 'js'];
}

/** The globs for what `node --test` was given: a directory stands for the test files in it. */
export function patternsOfTargets(targets: readonly string[], extensions: readonly string[], isDirectory: (target: string) => boolean): string[] {
  return targets.flatMap((target) => {
    const clean = target.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!isDirectory(clean)) return [clean];
    // Every file of a `test` directory is a test (Node 20's rule for directories), elsewhere those named like one.
    const inTestDir = clean.split('/').includes('test');
    return inTestDir ? [`${clean}/**/*.{${extensions.join(',')}}`] : defaultPatterns(extensions).map((pattern) => `${clean}/${pattern}`);
  });
}

export function testPlanOf(root: string, settings: NodeTestSettings, nodeStripsTypes = Boolean((process.features as { typescript?: unknown }).typescript)): TestPlan {
  const packageJson = join(root, 'package.json');
  const command: NodeTestCommand | undefined = nodeTestCommandOf(readScript(packageJson), (file) => importsNodeTest(join(root, file)));
  const execArgv = command?.execArgv ?? [];
  const extensions = testExtensions(execArgv, nodeStripsTypes);
  const isDirectory = (target: string) => existsSync(join(root, target)) && statSync(join(root, target)).isDirectory();
  const targets = settings.files?.length ? settings.files : command?.targets.length ? command.targets : undefined;
  const include = targets ? patternsOfTargets(targets, extensions, isDirectory) : defaultPatterns(extensions);
  const files = globSync(include, { cwd: root, absolute: true, ignore: EXCLUDE, dot: false }).sort();
  return { files: { files, patterns: [{ cwd: root, include, exclude: EXCLUDE }], configFiles: [packageJson] }, execArgv };
}

/** The file loads node:test (`from 'node:test'`, `require('node:test')`): a test file run as a script. */
export function importsNodeTest(file: string): boolean {
  try {
    return /['"]node:test['"]/.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

function readScript(packageJson: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts?: Record<string, string> }).scripts?.['test'];
  } catch {
    return undefined;
  }
}
