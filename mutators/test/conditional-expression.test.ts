import { conditionalExpression } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(conditionalExpression, {
  mutates: [
    { code: 'if (ready) go();', to: ['if (true) go();', 'if (false) go();'] },
    { code: 'while (i < n) i++;', to: ['while (false) i++;'] },
    { code: 'do { i++; } while (more());', to: ['do { i++; } while (false);'] },
    { code: 'for (let i = 0; i < n; i++) use(i);', to: ['for (let i = 0; false; i++) use(i);'] },
    { code: 'for (;;) { tick(); }', to: ['for (; false;) {\n  tick();\n}'] },
    { code: 'const adult = age >= 18;', to: ['const adult = true;', 'const adult = false;'] },
    { code: 'const ok = a === b ? x : y;', to: ['const ok = true ? x : y;', 'const ok = false ? x : y;'] },
    {
      code: 'const ok = a > 1 && b > 2;',
      to: ['const ok = true;', 'const ok = false;', 'const ok = true && b > 2;', 'const ok = a > 1 && true;'],
    },
    {
      code: 'const ok = a > 1 || b > 2;',
      to: ['const ok = true;', 'const ok = false;', 'const ok = false || b > 2;', 'const ok = a > 1 || false;'],
    },
    {
      code: "switch (kind) { case 'a': run(); break; case 'b': case 'c': stop(); }",
      to: ["switch (kind) { case 'a': case 'b': case 'c': stop(); }", "switch (kind) { case 'a': run(); break; case 'b': case 'c': }"],
    },
  ],
  ignores: ['const total = a + b;', 'const x = a ?? b;', 'let x: A extends B ? C : D;', 'const y = f(x);'],
});
