import { stringLiteral } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(stringLiteral, {
  mutates: [
    { code: "const s = 'hello';", to: ['const s = "";'] },
    { code: "const s = '';", to: ['const s = "mutate was here!";'] },
    { code: 'const s = `total: ${n}`;', to: ['const s = ``;'] },
    { code: 'const s = ``;', to: ['const s = `mutate was here!`;'] },
    { code: "switch (k) { case 'a': f(); }", to: ['switch (k) { case "": f(); }'] },
    { code: "const o = { [`k`]: 'v' };", to: ['const o = { [``]: \'v\' };', 'const o = { [`k`]: "" };'] },
  ],
  ignores: [
    "import x from 'x';",
    "export * from './y.js';",
    "const m = await import('./m.js');",
    "const r = require('r');",
    "const o = { 'key': 1 };",
    "class A { 'name' = 1; }",
    "let t: 'a' | 'b';",
    "const s = Symbol('id');",
    "'use strict';",
    'const s = tag`raw`;',
    "declare module 'lib' {}",
  ],
});
