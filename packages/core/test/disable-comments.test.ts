import { generateMutants } from '@mutate/core';
import { describe, expect, it } from 'vitest';
import { emptyString, mutantsOf, plusToMinus } from './helpers.js';

function ignored(code: string): Array<[string, string | undefined]> {
  return mutantsOf(code, [plusToMinus, emptyString]).map((mutant) => [mutant.original, mutant.ignoreReason]);
}

describe('disable comments', () => {
  it('mutate-disable-next-line with mutator names and a reason ignores only those mutators on the next code line', () => {
    const code = `// mutate-disable-next-line PlusToMinus: arithmetic checked elsewhere

const a = 1 + 2, s = 'x';
const b = 3 + 4;
`;
    expect(ignored(code)).toEqual([
      ['1 + 2', 'arithmetic checked elsewhere'],
      ["'x'", undefined],
      ['3 + 4', undefined],
    ]);
  });

  it('mutate-disable with no names ignores every mutator until mutate-enable', () => {
    const code = `const a = 1 + 2;
/* mutate-disable */
const b = 3 + 4, s = 'x';
// mutate-enable
const c = 5 + 6;
`;
    expect(ignored(code)).toEqual([
      ['1 + 2', undefined],
      ['3 + 4', 'disabled by a comment'],
      ["'x'", 'disabled by a comment'],
      ['5 + 6', undefined],
    ]);
  });

  it('a later enable for one mutator leaves the others disabled', () => {
    const code = `// mutate-disable: generated code
// mutate-enable EmptyString
const a = 1 + 2, s = 'x';
`;
    expect(ignored(code)).toEqual([
      ['1 + 2', 'generated code'],
      ["'x'", undefined],
    ]);
  });

  it("honours StrykerJS's disable and restore comments, with mutator names matched in any case", () => {
    const code = `// Stryker disable next-line all: legacy
const a = 1 + 2;
// Stryker disable plustominus
const b = 3 + 4, s = 'x';
// Stryker restore all
const c = 5 + 6;
`;
    expect(ignored(code)).toEqual([
      ['1 + 2', 'legacy'],
      ['3 + 4', 'disabled by a comment'],
      ["'x'", undefined],
      ['5 + 6', undefined],
    ]);
  });

  it('warns about a comment that names a mutator that does not exist', () => {
    const { warnings } = generateMutants([{ path: 'src/a.ts', text: '// mutate-disable-next-line PlusToMinsu\nconst a = 1 + 2;\n' }], [plusToMinus]);
    expect(warnings).toEqual(["src/a.ts:1: a disable comment names mutator 'plustominsu', which does not exist"]);
  });
});
