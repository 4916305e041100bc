import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closest, loadConfig, resolveConfig, UserError, validateUserConfig } from '@mutate/core';
import { afterEach, describe, expect, it } from 'vitest';

describe('validateUserConfig', () => {
  it('accepts every documented key', () => {
    const config = {
      mutate: ['src/**/*.ts'],
      testRunner: 'vitest',
      concurrency: 2,
      reporters: ['json', 'html'],
      thresholds: { high: 90, low: 70, break: 60 },
      timeoutFactor: 2,
      timeoutMs: 3000,
      reportDir: 'out',
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
    [{ testRunner: 'jest' }, '`testRunner` cannot be "jest"'],
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
