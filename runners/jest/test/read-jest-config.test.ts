import { describe, expect, it } from 'vitest';
import type { ProjectConfig } from '../src/jest-api.js';
import { cacheDirectoryFor, servingConfig } from '../src/read-jest-config.js';

const config = {
  id: 'p',
  rootDir: '/p',
  cacheDirectory: '/tmp/jest',
  testEnvironment: '/p/node_modules/jest-environment-node/build/index.js',
  transform: [['\\.[jt]sx?$', '/p/node_modules/babel-jest/build/index.js', { rootMode: 'upward' }]],
} as unknown as ProjectConfig;
const modules = { transformer: '/m/served-transformer.cjs', environment: '/m/switchboard-environment.cjs' };

describe('servingConfig', () => {
  it("puts mutate's transformer in front of each of the project's, with its options", () => {
    const served = servingConfig(config, modules, [], '/tmp/jest');
    expect(served.transform).toEqual([['\\.[jt]sx?$', '/m/served-transformer.cjs', { delegate: '/p/node_modules/babel-jest/build/index.js', options: { rootMode: 'upward' } }]]);
    expect(served.testEnvironment).toBe('/m/switchboard-environment.cjs');
  });

  it('serves files no transform of the project matches through a last entry that matches only them', () => {
    const served = servingConfig(config, modules, ['/p/src/a.cjs', '/p/src/b(1).cjs'], '/tmp/jest');
    const [pattern, path, options] = served.transform.at(-1)!;
    expect([path, options]).toEqual(['/m/served-transformer.cjs', {}]);
    const regex = new RegExp(pattern);
    expect(['/p/src/a.cjs', '/p/src/b(1).cjs'].map((file) => regex.test(file))).toEqual([true, true]);
    expect(['/p/src/a.cjsx', '/p/src/b1.cjs', '/q/p/src/a.cjs'].map((file) => regex.test(file))).toEqual([false, false, false]);
  });
});

describe('cacheDirectoryFor', () => {
  it("keeps the project's cache directory outside the project", () => {
    expect(cacheDirectoryFor(config, '/p', '/scratch')).toBe('/tmp/jest');
  });

  it('moves a cache directory inside the project to the scratch directory: mutate never writes in the project', () => {
    expect(cacheDirectoryFor({ ...config, cacheDirectory: '/p/.jest-cache' }, '/p', '/scratch')).toBe('/scratch/mutate-jest-cache');
  });
});
