import { logicalOperator } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(logicalOperator, {
  mutates: [
    { code: 'x = a && b;', to: ['x = a || b;'] },
    { code: 'x = a || b;', to: ['x = a && b;'] },
    { code: 'x = a ?? b;', to: ['x = a && b;'] },
    { code: 'x = a && b || c;', to: ['x = a && b && c;', 'x = (a || b) || c;'] },
  ],
  ignores: ['x = a & b;', 'x = a | b;', 'x = !a;'],
});
