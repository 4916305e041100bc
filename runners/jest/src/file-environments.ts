import { readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { EnvironmentClass } from './thread-types.js';
import type { ProjectConfig } from './jest-api.js';
import type { ProjectJest } from './resolve-jest.js';

const require = createRequire(import.meta.url);

/**
 * Test files that name their own environment in a docblock (`@jest-environment jsdom`): jest builds
 * that one instead of the project's, so instead of mutate's. jest loads it with a plain `require`
 * in this thread: the thread's module cache entry of that environment is replaced by mutate's
 * wrapping of it (`switchboard-environment.cts`), as the project's own environment is wrapped. An
 * environment jest loads as an ES module has no such entry: its files' tests reach no mutant (the
 * dry run's notice names them).
 */
export class FileEnvironments {
  private readonly checked = new Set<string>();
  private readonly wrapped = new Set<string>();

  constructor(
    private readonly jest: ProjectJest,
    /** `switchboard-environment.cjs`. */
    private readonly environmentModule: string,
  ) {}

  async prepare(files: readonly { readonly config: ProjectConfig; readonly path: string }[]): Promise<void> {
    for (const { config, path } of files) {
      if (this.checked.has(path)) continue;
      this.checked.add(path);
      const name = this.jest.docblock.parse(this.jest.docblock.extract(readFileSync(path, 'utf8')))['jest-environment'];
      if (typeof name !== 'string') continue;
      // As jest-runner resolves it, from the project's config.
      const resolved = this.jest.resolve.resolveTestEnvironment({ ...config, requireResolveFunction: this.jest.runnerRequire.resolve, testEnvironment: name });
      await this.wrap(config, resolved);
    }
  }

  private async wrap(config: ProjectConfig, path: string): Promise<void> {
    if (this.wrapped.has(path)) return;
    this.wrapped.add(path);
    const transformer = await this.jest.transform.createScriptTransformer(config);
    const Environment = await transformer.requireAndTranspileModule<EnvironmentClass>(path);
    const cached = require.cache[path] ?? require.cache[realpathSync(path)];
    if (!cached) return;
    const { wrapping } = require(this.environmentModule) as { wrapping: (Inner: EnvironmentClass) => EnvironmentClass };
    const Wrapped = wrapping(Environment);
    cached.exports = { __esModule: true, default: Wrapped, TestEnvironment: Wrapped };
  }
}
