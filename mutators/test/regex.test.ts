import { regex } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(regex, {
  mutates: [
    { code: 'const re = /^a/;', to: ['const re = /a/;'] },
    { code: 'const re = /\\d+$/g;', to: ['const re = /\\d+/g;', 'const re = /\\d$/g;', 'const re = /\\D+$/g;'] },
    { code: 'const re = /[abc]/i;', to: ['const re = /[^abc]/i;'] },
    { code: "const re = new RegExp('^x', 'i');", to: ["const re = new RegExp(\"x\", 'i');"] },
  ],
  ignores: ["const s = '^a';", 'const re = /a/;', "const re = new RegExp(pattern, '^');", 'f(/(?:)/);'],
});
