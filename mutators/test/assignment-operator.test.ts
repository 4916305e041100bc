import { assignmentOperator } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(assignmentOperator, {
  mutates: [
    { code: 'sum += price;', to: ['sum -= price;'] },
    { code: 'sum -= price;', to: ['sum += price;'] },
    { code: 'n *= 2;', to: ['n /= 2;'] },
    { code: 'n /= 2;', to: ['n *= 2;'] },
    { code: 'n %= 2;', to: ['n *= 2;'] },
    { code: 'bits <<= 1;', to: ['bits >>= 1;'] },
    { code: 'bits >>= 1;', to: ['bits <<= 1;'] },
    { code: 'flags &= mask;', to: ['flags |= mask;'] },
    { code: 'flags |= mask;', to: ['flags &= mask;'] },
    { code: 'ok &&= check();', to: ['ok ||= check();'] },
    { code: 'ok ||= fallback;', to: ['ok &&= fallback;'] },
    { code: "name ??= 'anonymous';", to: ["name &&= 'anonymous';"] },
    { code: 'obj.count += 1;', to: ['obj.count -= 1;'] },
  ],
  ignores: ["label += 'x';", 'label += `${n} items`;', 'x = y;', 'x **= 2;', 'x >>>= 1;'],
});
