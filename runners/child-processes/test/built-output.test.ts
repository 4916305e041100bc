import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtFilesOf } from '../src/built-output.js';

describe('built files', () => {
  const root = mkdtempSync(join(tmpdir(), 'mutate-built-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const map = (sources: string[], extra: object = {}) => JSON.stringify({ version: 3, sources, mappings: '', ...extra });

  it('maps each source that tsc built file by file to its output, and nothing else', () => {
    write('src/a.ts', '');
    write('dist/a.js', '');
    write('dist/a.js.map', map(['../src/a.ts']));
    write('lib/deep/b.cjs', '');
    write('lib/deep/b.cjs.map', map(['b.ts'], { sourceRoot: '../../src/deep' }));
    // A second build of the same source (CommonJS beside ES modules).
    write('dist-cjs/a.cjs', '');
    write('dist-cjs/a.cjs.map', map(['../src/a.ts']));
    // A bundle (many sources), a map whose output is gone, one that is not JSON, and one in dependencies.
    write('dist/bundle.js', '');
    write('dist/bundle.js.map', map(['../src/a.ts', '../src/c.ts']));
    write('dist/gone.js.map', map(['../src/gone.ts']));
    write('dist/broken.js', '');
    write('dist/broken.js.map', '{');
    write('node_modules/dep/index.js', '');
    write('node_modules/dep/index.js.map', map(['../src/dep.ts']));

    expect(builtFilesOf(root)).toEqual(
      new Map([
        [join(root, 'src/a.ts'), [join(root, 'dist-cjs/a.cjs'), join(root, 'dist/a.js')].sort()],
        [join(root, 'src/deep/b.ts'), [join(root, 'lib/deep/b.cjs')]],
      ]),
    );
  });
});
