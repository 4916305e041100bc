import { arrayDeclaration } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(arrayDeclaration, {
  mutates: [
    { code: 'const xs = [1, 2, 3];', to: ['const xs = [];'] },
    { code: 'const xs = [];', to: ['const xs = ["mutate was here"];'] },
    { code: 'const xs = new Array(3);', to: ['const xs = new Array();'] },
    { code: 'const xs = Array();', to: ['const xs = Array([]);'] },
    { code: 'f([a, [b]]);', to: ['f([]);', 'f([a, []]);'] },
  ],
  ignores: ['const [a, b] = pair;', 'for (const [k, v] of entries) use(k, v);', 'let xs: number[] = list;', 'type Pair = [string, number];', 'const xs = new Set(items);'],
});
