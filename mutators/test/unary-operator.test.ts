import { unaryOperator } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(unaryOperator, {
  mutates: [
    { code: 'x = -a;', to: ['x = +a;'] },
    { code: 'x = +a;', to: ['x = -a;'] },
    { code: 'x = ~a;', to: ['x = a;'] },
    { code: 'x = -(a + b);', to: ['x = +(a + b);'] },
  ],
  ignores: ['x = !a;', 'x = typeof a;', 'x = void 0;', 'delete o.k;'],
});
