import { arithmeticOperator } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(arithmeticOperator, {
  mutates: [
    { code: 'total = price + tax;', to: ['total = price - tax;'] },
    { code: 'left = a - b;', to: ['left = a + b;'] },
    { code: 'area = w * h;', to: ['area = w / h;'] },
    { code: 'share = n / k;', to: ['share = n * k;'] },
    { code: 'odd = n % 2;', to: ['odd = n * 2;'] },
    { code: 'x = a + b * c;', to: ['x = a - b * c;', 'x = a + b / c;'] },
    { code: 'x = (a + b) * c;', to: ['x = (a - b) * c;', 'x = (a + b) / c;'] },
    { code: "label = a + b + 'c';", to: ["label = a - b + 'c';"] },
    { code: 'const t = (price as number) + 1;', to: ['const t = (price as number) - 1;'] },
  ],
  ignores: ["label = 'total: ' + total;", 'label = `${a}` + b;', "s = 'a' + 'b' + c;", 'x = a ** 2;', 'x = a << 1;', 'type T = A & B;'],
});
