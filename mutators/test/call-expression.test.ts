import { callExpression } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(callExpression, {
  mutates: [
    { code: 'function f() { notify(user); }', to: ['function f() { ; }'] },
    { code: 'items.push(x);', to: [';'] },
    { code: 'emitter?.emit(event);', to: [';'] },
    { code: 'async function f() { await save(x); }', to: ['async function f() { ; }'] },
    { code: "if (!x) throw new Error('missing');", to: ['if (!x) ;'] },
    { code: 'class B extends A { constructor() { super(); init(); } }', to: ['class B extends A { constructor() { super(); ; } }'] },
  ],
  ignores: ['const y = f();', 'throw error;', 'class B extends A { constructor() { super(); } }', 'x = 1;', 'a.b;'],
});
