import { objectLiteral } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(objectLiteral, {
  mutates: [
    { code: 'const o = { a: 1, b };', to: ['const o = {};'] },
    { code: 'f({ ...rest });', to: ['f({});'] },
    { code: 'const o = { inner: { x: 1 } };', to: ['const o = {};', 'const o = { inner: {} };'] },
  ],
  ignores: ['const o = {};', 'const { a, b } = o;', 'let o: { a: number };', 'function f({ a }) {}'],
});
