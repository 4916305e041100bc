import { arrowFunction } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(arrowFunction, {
  mutates: [
    { code: 'const double = (x: number) => x * 2;', to: ['const double = () => undefined;'] },
    { code: 'items.map((item) => item.price);', to: ['items.map(() => undefined);'] },
    { code: 'const load = async () => fetchAll();', to: ['const load = () => undefined;'] },
  ],
  ignores: ['const noop = () => undefined;', 'const run = () => { go(); };', 'function named() { return 1; }'],
});
