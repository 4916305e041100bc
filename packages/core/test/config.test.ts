import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closest, detectTestRunner, loadConfig, resolveConfig, runnerOfTestScript, UserError, validateUserConfig } from '@mutate/core';
import { afterEach, describe, expect, it } from 'vitest';

describe('validateUserConfig', () => {
  it('accepts every documented key', () => {
    const config = {
      mutate: ['src/**/*.ts'],
      testRunner: 'jest',
      testCommand: 'npm test',
      sandbox: false,
      concurrency: 2,
      reporters: ['json', 'html'],
      thresholds: { high: 90, low: 70, break: 60 },
      timeoutFactor: 2,
      timeoutMs: 3000,
      reportDir: 'out',
      jest: { configFile: 'jest.config.ts' },
      node: { files: ['test/**/*.test.js'] },
    };
    expect(validateUserConfig(config, 'x')).toEqual(config);
  });

  it.each([
    [{ mutat: ['src'] }, 'unknown config key `mutat`; did you mean `mutate`?'],
    [{ concurency: 2 }, 'unknown config key `concurency`; did you mean `concurrency`?'],
    [{ thresholds: { brake: 50 } }, 'unknown config key `thresholds.brake`; did you mean `thresholds.break`?'],
    [{ colour: 'red' }, 'unknown config key `colour`'],
    [{ concurrency: 0 }, '`concurrency` must be a whole number from 1 to 1024, not 0'],
    [{ concurrency: 1.5 }, '`concurrency` must be a whole number from 1 to 1024, not 1.5'],
    [{ thresholds: { break: 101 } }, '`thresholds.break` must be a number from 0 to 100, not 101'],
    [{ reporters: ['htm'] }, "`reporters` cannot be \"htm\"; did you mean 'html'?"],
    [{ testRunner: 'jets' }, '`testRunner` cannot be "jets"; did you mean \'jest\'?'],
    [{ testRunner: 'mocha' }, '`testRunner` cannot be "mocha" (one of: vitest, jest, node, command)'],
    [{ jest: { confgFile: 'j.js' } }, 'unknown config key `jest.confgFile`; did you mean `jest.configFile`?'],
    [{ sandbox: 'yes' }, '`sandbox` must be true or false, not "yes"'],
    [{ testCommand: ' ' }, '`testCommand` must be a command, not " "'],
    [{ mutate: 'src/**' }, '`mutate` must be a list of strings, not "src/**"'],
  ])('rejects %j, naming the key', (config, message) => {
    expect(() => validateUserConfig(config, 'mutate.config.json')).toThrow(UserError);
    expect(() => validateUserConfig(config, 'mutate.config.json')).toThrow(`mutate.config.json: ${message}`);
  });

  it('suggests only what is close', () => {
    expect(closest('mutat', ['mutate', 'concurrency'])).toBe('mutate');
    expect(closest('zzz', ['mutate', 'concurrency'])).toBeUndefined();
  });
});

describe('resolveConfig', () => {
  it('puts flags over the config file over defaults, thresholds key by key', () => {
    const resolved = resolveConfig({ concurrency: 3, thresholds: { high: 90, break: 50 }, timeoutMs: 100 }, { concurrency: 1, thresholds: { break: 70 } }, 8);
    expect(resolved).toMatchObject({ concurrency: 1, timeoutMs: 100, timeoutFactor: 1.5, thresholds: { high: 90, low: 60, break: 70 }, reportDir: 'reports/mutation' });
    expect(resolveConfig({}, {}, 8).concurrency).toBe(8);
  });
});

describe('runnerOfTestScript', () => {
  it.each([
    ['vitest run', 'vitest'],
    ['npm run build && vitest run --coverage', 'vitest'],
    ['NODE_OPTIONS=--experimental-vm-modules jest', 'jest'],
    ['jest --ci && vitest run', 'jest'],
    ['node --test', 'node'],
    ['node --import tsx --test test/', 'node'],
    ['c8 node --experimental-strip-types --test "test/**/*.test.ts"', 'node'],
    ['tsx --test', 'node'],
    ['node --test-reporter=spec scripts/check.js', undefined],
    ['echo "Error: no test specified" && exit 1', undefined],
    ['tsc && mocha', undefined],
    ['vitest-preview', undefined],
  ])('%j runs %s', (script, runner) => {
    expect(runnerOfTestScript(script)).toBe(runner);
  });
});

describe('detectTestRunner', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const project = (manifest: object) => {
    dir = mkdtempSync(join(tmpdir(), 'mutate-detect-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
    return dir;
  };

  it('takes the runner of the test script over the dependencies', () => {
    expect(detectTestRunner(project({ scripts: { test: 'node --test' }, devDependencies: { vitest: '4' } }))).toBe('node');
  });

  it('takes a runner the project depends on, vitest before jest', () => {
    expect(detectTestRunner(project({ scripts: { test: 'turbo test' }, devDependencies: { jest: '30' } }))).toBe('jest');
    expect(detectTestRunner(project({ devDependencies: { jest: '30', vitest: '4' } }))).toBe('vitest');
  });

  it('takes node:test for a script that runs a node:test file without --test', () => {
    const root = project({ scripts: { test: 'node --conditions development test.js' } });
    writeFileSync(join(root, 'test.js'), "import test from 'node:test';\n");
    expect(detectTestRunner(root)).toBe('node');
    writeFileSync(join(root, 'test.js'), "import test from 'tape';\n");
    expect(detectTestRunner(root)).toBeUndefined();
  });

  it('says none when the project shows none, never the slow command runner', () => {
    expect(detectTestRunner(project({ scripts: { test: 'mocha' } }))).toBeUndefined();
  });
});

describe('loadConfig', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const inDir = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'mutate-config-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };

  it('reads a TypeScript config, type annotations and all', async () => {
    const root = inDir({ 'mutate.config.ts': "const config: { concurrency: number } = { concurrency: 3 };\nexport default config;\n" });
    expect(await loadConfig(root)).toEqual({ config: { concurrency: 3 }, source: 'mutate.config.ts' });
  });

  it('reads mutate.config.json, and the "mutate" key of package.json when there is no config file', async () => {
    expect((await loadConfig(inDir({ 'mutate.config.json': '{ "timeoutMs": 10 }' }))).config).toEqual({ timeoutMs: 10 });
    rmSync(dir, { recursive: true });
    expect(await loadConfig(inDir({ 'package.json': '{ "name": "x", "mutate": { "reportDir": "out" } }' }))).toEqual({ config: { reportDir: 'out' }, source: 'package.json' });
  });

  it('names a config file that is not valid JSON, and a --config file that does not exist', async () => {
    await expect(loadConfig(inDir({ 'mutate.config.json': '{ concurrency: 2 }' }))).rejects.toThrow(/^mutate\.config\.json is not valid JSON/);
    await expect(loadConfig(dir, 'missing.json')).rejects.toThrow('--config: missing.json does not exist');
  });
});
