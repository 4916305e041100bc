import { returnRemoval } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(returnRemoval, {
  mutates: [
    { code: 'function f(x) { if (!x) return 0; return x * 2; }', to: ['function f(x) { if (!x) ; return x * 2; }'] },
    { code: 'function f(x) { return x; cleanup(); }', to: ['function f(x) { ; cleanup(); }'] },
    {
      code: 'function f(x) { if (x) { log(x); return 1; } return 2; }',
      to: ['function f(x) { if (x) { log(x); ; } return 2; }'],
    },
    { code: 'function f(x) { switch (x) { case 1: return "a"; default: return "b"; } }', to: ['function f(x) { switch (x) { case 1: ; default: return "b"; } }', 'function f(x) { switch (x) { case 1: return "a"; default: ; } }'] },
  ],
  ignores: ['function f(x) { return x; }', 'function f(x) { if (x) { return 1; } return 2; }'.replace(' return 2;', ''), 'const f = () => { return 1; };'],
});
