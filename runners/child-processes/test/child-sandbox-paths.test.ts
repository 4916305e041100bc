import { describe, expect, it } from 'vitest';
import { sandboxPaths } from '../src/child-sandbox-paths.js';

describe('sandbox paths', () => {
  const copies = new Set(['/tmp/box/src/a.ts', '/tmp/box/src/deep/b.js']);
  const asked: string[] = [];
  const paths = sandboxPaths('/work/app', '/tmp/box', (path) => {
    asked.push(path);
    return copies.has(path);
  });

  it('maps a project file with mutants to its copy, and only such files', () => {
    expect(paths.instrumented('/work/app/src/a.ts')).toBe('/tmp/box/src/a.ts');
    expect(paths.instrumented('/work/app/src/deep/b.js')).toBe('/tmp/box/src/deep/b.js');
    expect(paths.instrumented('/work/app/src/c.ts')).toBeUndefined();
    // Outside the project (a dependency, a sibling whose name starts alike), and the copies themselves.
    expect(paths.instrumented('/work/app-two/src/a.ts')).toBeUndefined();
    expect(paths.instrumented('/usr/lib/node/x.js')).toBeUndefined();
    expect(paths.instrumented('/tmp/box/src/a.ts')).toBeUndefined();
  });

  it('asks the disk once per file', () => {
    const before = asked.length;
    paths.instrumented('/work/app/src/a.ts');
    paths.instrumented('/work/app/src/c.ts');
    expect(asked.length).toBe(before);
  });

  it('maps a copy back to the file it stands for, and nothing else', () => {
    expect(paths.original('/tmp/box/src/deep/b.js')).toBe('/work/app/src/deep/b.js');
    expect(paths.original('/tmp/boxed/src/a.ts')).toBeUndefined();
    expect(paths.original('/work/app/src/a.ts')).toBeUndefined();
  });
});
