import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { CircusBlock, CircusTest } from '../src/thread-types.js';

// The CommonJS modules jest loads are tested as built (vite does not compile `.cts`).
const { testIdsOf } = createRequire(import.meta.url)('../dist/test-ids.cjs') as typeof import('../src/test-ids.cjs');

/** A collected file as jest-circus has it: the root block, suites and tests, parents linked. */
function block(name: string, children: (parent: CircusBlock) => (CircusBlock | CircusTest)[], parent?: CircusBlock): CircusBlock {
  const made = { type: 'describeBlock', name, parent, children: [] as (CircusBlock | CircusTest)[] } as CircusBlock;
  (made as { children: unknown }).children = children(made);
  return made;
}
const test = (name: string) => (parent: CircusBlock): CircusTest => ({ type: 'test', name, parent, errors: [] });
const suite = (name: string, ...children: ((parent: CircusBlock) => CircusBlock | CircusTest)[]) => (parent: CircusBlock) => block(name, (self) => children.map((child) => child(self)), parent);
const file = (...children: ((parent: CircusBlock) => CircusBlock | CircusTest)[]) => block('ROOT_DESCRIBE_BLOCK', (self) => children.map((child) => child(self)));

describe('testIdsOf', () => {
  it('names each test by its file and the names of its suites and itself, the root block left out', () => {
    const ids = testIdsOf(file(test('top'), suite('cart', suite('total', test('is zero')))), '', 'test/cart.test.ts');
    expect([...ids.values()]).toEqual([
      { id: 'test/cart.test.ts > top', names: ['top'] },
      { id: 'test/cart.test.ts > cart > total > is zero', names: ['cart', 'total', 'is zero'] },
    ]);
  });

  it('gives tests with the same names in one file distinct ids, by their order', () => {
    const ids = testIdsOf(file(suite('a', test('works'), test('works')), suite('a', test('works'))), '', 'f.test.ts');
    expect([...ids.values()].map(({ id }) => id)).toEqual(['f.test.ts > a > works', 'f.test.ts > a > works #2', 'f.test.ts > a > works #3']);
  });

  it('keeps apart names that join alike', () => {
    const ids = testIdsOf(file(suite('a > b', test('c')), suite('a', suite('b', test('c')))), '', 'f.test.ts');
    expect(new Set([...ids.values()].map(({ id }) => id)).size).toBe(2);
  });

  it('prefixes the project label when there are several projects', () => {
    const ids = testIdsOf(file(test('t')), 'client', 'f.test.ts');
    expect([...ids.values()][0]!.id).toBe('[client] f.test.ts > t');
  });
});
