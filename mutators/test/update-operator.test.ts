import { updateOperator } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(updateOperator, {
  mutates: [
    { code: 'for (let i = 0; i < n; i++) f(i);', to: ['for (let i = 0; i < n; i--) f(i);'] },
    { code: 'count--;', to: ['count++;'] },
    { code: 'x = ++i;', to: ['x = --i;'] },
    { code: 'o.n++;', to: ['o.n--;'] },
  ],
  ignores: ['i += 1;', 'x = i + 1;'],
});
