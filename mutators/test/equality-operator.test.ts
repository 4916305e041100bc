import { equalityOperator } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(equalityOperator, {
  mutates: [
    { code: 'adult = age >= 18;', to: ['adult = age > 18;', 'adult = age < 18;'] },
    { code: 'x = a > b;', to: ['x = a >= b;', 'x = a <= b;'] },
    { code: 'x = a < b;', to: ['x = a <= b;', 'x = a >= b;'] },
    { code: 'x = a <= b;', to: ['x = a < b;', 'x = a > b;'] },
    { code: 'x = a === b;', to: ['x = a !== b;'] },
    { code: 'x = a !== b;', to: ['x = a === b;'] },
    { code: 'x = a == null;', to: ['x = a != null;'] },
    { code: 'x = a != b;', to: ['x = a == b;'] },
  ],
  ignores: ['x = a + b;', "x = 'k' in o;", 'x = a instanceof B;', 'x = a && b;'],
});
