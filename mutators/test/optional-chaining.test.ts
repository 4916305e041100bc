import { optionalChaining } from '../src/index.js';
import { testMutator } from './mutator-tester.js';

testMutator(optionalChaining, {
  mutates: [
    { code: 'x = user?.name;', to: ['x = user.name;'] },
    { code: 'x = list?.[0];', to: ['x = list[0];'] },
    { code: 'x = callback?.();', to: ['x = callback();'] },
    { code: 'x = a?.b?.c;', to: ['x = a.b?.c;', 'x = a?.b.c;'] },
    { code: 'x = a?.b.c;', to: ['x = a.b.c;'] },
    { code: 'x = a?.b?.();', to: ['x = a.b?.();', 'x = a?.b();'] },
  ],
  ignores: ['x = a.b;', 'x = f();', 'x = a ?? b;'],
});
