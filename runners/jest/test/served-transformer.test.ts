import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

// The CommonJS modules jest loads are tested as built (vite does not compile `.cts`).
const require = createRequire(import.meta.url);
const servedTransformer = require('../dist/served-transformer.cjs') as typeof import('../src/served-transformer.cjs');
const threadStateModule = require('../dist/thread-state.cjs') as typeof import('../src/thread-state.cjs');

/** A project transformer that says what it was given. */
function fakeTransformer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mutate-transformer-'));
  const path = join(dir, 'transformer.cjs');
  writeFileSync(
    path,
    `module.exports = { createTransformer: (options) => ({
  getCacheKey: (source, path, transformOptions) => 'key:' + source + ':' + JSON.stringify(transformOptions.transformerConfig),
  process: (source, path, transformOptions) => ({ code: 'compiled(' + source + ',' + JSON.stringify(options) + ')' }),
}) };
`,
  );
  return path;
}

const options = { configString: '{}', transformerConfig: { delegate: 'x' } };

afterEach(() => threadStateModule.threadState().served.clear());

describe('the served transformer', () => {
  it("hands the project's transformer the instrumented code of a served file, and the text on disk of any other", async () => {
    threadStateModule.threadState().served.set('/p/src/a.js', 'instrumented');
    const transformer = await servedTransformer.createTransformer({ delegate: fakeTransformer(), options: { preset: 1 } });
    expect(transformer.process!('original', '/p/src/a.js', options)).toEqual({ code: 'compiled(instrumented,{"preset":1})' });
    expect(transformer.process!('original', '/p/src/b.js', options)).toEqual({ code: 'compiled(original,{"preset":1})' });
  });

  it("gives a served file a cache key of its own, and any other file the project's transformer's key", async () => {
    const transformer = await servedTransformer.createTransformer({ delegate: fakeTransformer(), options: { preset: 1 } });
    const unserved = transformer.getCacheKey!('original', '/p/src/a.js', options);
    expect(unserved).toBe('key:original:{"preset":1}');
    threadStateModule.threadState().served.set('/p/src/a.js', 'instrumented one');
    const one = transformer.getCacheKey!('original', '/p/src/a.js', options);
    threadStateModule.threadState().served.set('/p/src/a.js', 'instrumented two');
    const two = transformer.getCacheKey!('original', '/p/src/a.js', options);
    expect(new Set([unserved, one, two]).size).toBe(3);
  });

  it('lets a type checking transformer skip the checks of served TypeScript, after a hashbang', async () => {
    threadStateModule.threadState().served.set('/p/src/cli.ts', '#!/usr/bin/env node\nconst a = 1;');
    const transformer = await servedTransformer.createTransformer({ delegate: fakeTransformer(), options: {} });
    expect(transformer.process!('', '/p/src/cli.ts', options)).toEqual({ code: 'compiled(#!/usr/bin/env node\n// @ts-nocheck\nconst a = 1;,{})' });
  });

  it('serves a file no project transformer matches as it is', async () => {
    threadStateModule.threadState().served.set('/p/src/a.js', 'instrumented');
    const transformer = await servedTransformer.createTransformer({});
    expect(transformer.process!('original', '/p/src/a.js', options)).toEqual({ code: 'instrumented' });
  });
});
