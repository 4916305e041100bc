import { blockStatement } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(blockStatement, {
  mutates: [
    { code: 'function f() { return 1; }', to: ['function f() {}'] },
    { code: 'if (x) { a(); } else { b(); }', to: ['if (x) {} else { b(); }', 'if (x) { a(); } else {}'] },
    { code: 'while (busy) { tick(); }', to: ['while (busy) {}'] },
    { code: "function f() { 'use strict'; go(); }", to: ["function f() {\n  'use strict';\n}"] },
    { code: 'class A { constructor() { this.x = 1; } }', to: ['class A { constructor() {} }'] },
    {
      code: 'class B extends A { constructor() { super(); } }',
      to: ['class B extends A { constructor() {} }'],
    },
  ],
  ignores: [
    'function f() {}',
    'class B extends A { constructor(private readonly y: number) { super(); } }',
    'class B extends A { y = 1; constructor() { super(); } }',
    'interface I { f(): void }',
  ],
});
