import { returnValue } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(returnValue, {
  mutates: [
    { code: 'function f(): number { return total; }', to: ['function f(): number { return 0; }', 'function f(): number { return; }'] },
    { code: 'function f(): number { return 0; }', to: ['function f(): number { return 1; }', 'function f(): number { return; }'] },
    { code: 'function f(): string { return name; }', to: ['function f(): string { return ""; }', 'function f(): string { return; }'] },
    { code: "function f(): string { return 'x'; }", to: ['function f(): string { return; }'] },
    {
      code: 'function f(): boolean { return ok; }',
      to: ['function f(): boolean { return true; }', 'function f(): boolean { return false; }', 'function f(): boolean { return; }'],
    },
    { code: 'function f(): boolean { return a > b; }', to: ['function f(): boolean { return; }'] },
    { code: 'function f(): boolean { return a || b; }', to: ['function f(): boolean { return; }'] },
    {
      code: 'function f(): boolean { return !done; }',
      to: ['function f(): boolean { return true; }', 'function f(): boolean { return false; }', 'function f(): boolean { return; }'],
    },
    { code: 'function f() { return key in map; }', to: ['function f() { return true; }', 'function f() { return false; }', 'function f() { return; }'] },
    { code: 'function f(): readonly T[] { return list; }', to: ['function f(): readonly T[] { return []; }', 'function f(): readonly T[] { return; }'] },
    { code: 'function f(): Array<T> { return list; }', to: ['function f(): Array<T> { return []; }', 'function f(): Array<T> { return; }'] },
    { code: 'async function f(): Promise<number> { return n; }', to: ['async function f(): Promise<number> { return 0; }', 'async function f(): Promise<number> { return; }'] },
    { code: 'function f() { return xs.map(g); }', to: ['function f() { return []; }', 'function f() { return; }'] },
    { code: 'function f() { return xs.length; }', to: ['function f() { return 0; }', 'function f() { return; }'] },
    { code: 'function f() { return user; }', to: ['function f() { return; }'] },
    { code: 'const f = () => { return a * b; };', to: ['const f = () => { return 0; };', 'const f = () => { return; };'] },
  ],
  ignores: ['function f() { return; }', 'function f() { return undefined; }', 'function f() { return void 0; }', 'const f = () => x;'],
});
