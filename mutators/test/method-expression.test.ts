import { methodExpression } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(methodExpression, {
  mutates: [
    { code: "ok = s.startsWith('a');", to: ["ok = s.endsWith('a');"] },
    { code: "ok = s.endsWith('a');", to: ["ok = s.startsWith('a');"] },
    { code: 'ok = xs.some(f);', to: ['ok = xs.every(f);'] },
    { code: 'ok = xs.every(f);', to: ['ok = xs.some(f);'] },
    { code: 'n = Math.min(a, b);', to: ['n = Math.max(a, b);'] },
    { code: 'n = Math.max(a, b);', to: ['n = Math.min(a, b);'] },
    { code: 'u = s.toLowerCase();', to: ['u = s.toUpperCase();'] },
    { code: 'u = s.toLocaleUpperCase();', to: ['u = s.toLocaleLowerCase();'] },
    { code: 'u = s.trimStart();', to: ['u = s.trimEnd();'] },
    { code: 'ys = xs.filter(f);', to: ['ys = xs;'] },
    { code: 'ys = xs.sort();', to: ['ys = xs;'] },
    { code: 'ys = xs.slice(1);', to: ['ys = xs;'] },
    { code: 'ys = xs.reverse();', to: ['ys = xs;'] },
    { code: 'c = s.charAt(0);', to: ['c = s;'] },
    { code: 'c = s.substring(1, 2);', to: ['c = s;'] },
    { code: 'c = s.substr(1);', to: ['c = s;'] },
    { code: 'c = input.trim().toUpperCase();', to: ['c = input.trim().toLowerCase();', 'c = input.toUpperCase();'] },
    { code: 'ok = user?.name.startsWith(p);', to: ['ok = user?.name.endsWith(p);'] },
    { code: 'd.setHours(1);', to: ['d.setMinutes(1);'] },
    { code: 'd.setUTCDate(1);', to: ['d.setTime(1);'] },
    { code: 'd.setTime(1);', to: ['d.setDate(1);'] },
    { code: 'class A extends B { f() { return super.endsWith(p); } }', to: ['class A extends B { f() { return super.startsWith(p); } }'] },
  ],
  ignores: ['xs.map(f);', "s['trim']();", 'trim(s);', 'xs.push(1);', 'class A extends B { f() { super.sort(); } }'],
});
