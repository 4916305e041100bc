import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { patternsOfTargets, testExtensions, testPlanOf } from '../src/test-files.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'node-test-files-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const relative = (root: string, files: readonly string[]) => files.map((file) => file.slice(root.length + 1));

describe('the test files of a node:test project', () => {
  const layout = {
    'src/a.js': '',
    'src/a.test.js': '',
    'src/b-test.mjs': '',
    'src/c_test.cjs': '',
    'test-d.js': '',
    'test.js': '',
    'test/helpers/e.js': '',
    'test/f.ts': '',
    'src/g.test.ts': '',
    'node_modules/dep/x.test.js': '',
    'src/testing.js': '',
  };

  it("are Node's defaults without a test script: named like tests, or in a test directory, never in node_modules", () => {
    const root = project({ ...layout, 'package.json': '{}' });
    const plan = testPlanOf(root, {}, false);
    expect(relative(root, plan.files.files)).toEqual(['src/a.test.js', 'src/b-test.mjs', 'src/c_test.cjs', 'test-d.js', 'test.js', 'test/helpers/e.js']);
    expect(plan.files.configFiles).toEqual([join(root, 'package.json')]);
  });

  it('include TypeScript where Node strips types', () => {
    const root = project({ ...layout, 'package.json': '{}' });
    expect(relative(root, testPlanOf(root, {}, true).files.files)).toEqual(expect.arrayContaining(['src/g.test.ts', 'test/f.ts']));
  });

  it('are those the test script names, with its Node options', () => {
    const root = project({ ...layout, 'package.json': JSON.stringify({ scripts: { test: 'node --import tsx --test src/*.test.*' } }) });
    const plan = testPlanOf(root, {}, false);
    expect(relative(root, plan.files.files)).toEqual(['src/a.test.js', 'src/g.test.ts']);
    expect(plan.execArgv).toEqual(['--import', 'tsx']);
  });

  it('are those the config names, over the test script', () => {
    const root = project({ ...layout, 'package.json': JSON.stringify({ scripts: { test: 'node --test src/' } }) });
    expect(relative(root, testPlanOf(root, { files: ['test/**/*.js'] }, false).files.files)).toEqual(['test/helpers/e.js']);
  });

  it('of a directory are the files named like tests in it, or every file in a test directory', () => {
    const isDirectory = (target: string) => ['src', 'test'].includes(target);
    expect(patternsOfTargets(['./src/', 'test', 'x/*.js'], ['js'], isDirectory)).toEqual([
      'src/**/*.test.{js}',
      'src/**/*-test.{js}',
      'src/**/*_test.{js}',
      'src/**/test-*.{js}',
      'src/**/test.{js}',
      'src/**/test/**/*.{js}',
      'test/**/*.{js}',
      'x/*.js',
    ]);
  });

  it("have TypeScript's extensions when the script makes Node read it", () => {
    expect(testExtensions(['--import', 'tsx'], false)).toContain('ts');
    expect(testExtensions(['--experimental-strip-types'], false)).toContain('mts');
    expect(testExtensions(['--enable-source-maps'], false)).not.toContain('ts');
  });
});
