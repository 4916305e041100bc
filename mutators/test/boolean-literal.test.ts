import { booleanLiteral } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(booleanLiteral, {
  mutates: [
    { code: 'const on = true;', to: ['const on = false;'] },
    { code: 'const off = false;', to: ['const off = true;'] },
    { code: 'if (!ready) wait();', to: ['if (ready) wait();'] },
    { code: 'const ok = !(a && b);', to: ['const ok = a && b;'] },
    { code: 'function f(strict = true) {}', to: ['function f(strict = false) {}'] },
  ],
  ignores: ['let t: true;', 'const n = -x;', 'type B = boolean;', 'const x = typeof y;'],
});
