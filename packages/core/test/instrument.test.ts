import { applyMutant, instrumentFile, parseSource, SWITCHBOARD_HEADER } from '@mutate/core';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { emptyBlock, incrementToDecrement, mutantsOf, plusToMinus } from './helpers.js';

/** Runs `code` (a function body using `__mutate`) with the given mutant active; returns what it returns. */
function runWithActive(code: string, active: number): unknown {
  const switchboard = { active, cover() {}, hit() {} };
  return new Function('globalThis', code.replaceAll('__mutate.', 'globalThis.__mutate.'))({ __mutate: switchboard });
}

describe('instrumentFile', () => {
  it('behaves as the original with no mutant active, and as each mutant when it is active', () => {
    const text = `let total = 0;
for (let i = 0; i < 3; i++) {
  total = total + i
  ;[1].forEach(() => total++)
}
return total;`;
    const file = { path: 'src/a.js', text };
    const mutants = mutantsOf(text, [plusToMinus, incrementToDecrement, emptyBlock], file.path).filter((mutant) => !mutant.original.includes('i++'));
    const { code } = instrumentFile(file, mutants);
    expect(runWithActive(code, 0)).toBe(new Function(text)());
    for (const mutant of mutants) {
      expect(runWithActive(code, mutant.id), `${mutant.mutatorName}: ${mutant.original}`).toBe(new Function(applyMutant(text, mutant))());
    }
  });

  it('records coverage of every mutant it reaches, once per evaluation', () => {
    const text = 'export function f(a, b) { return a + b + 1; }\nf(1, 2);\n';
    const mutants = mutantsOf(text, [plusToMinus], 'src/a.js');
    const { code } = instrumentFile({ path: 'src/a.js', text }, mutants);
    const covered: number[] = [];
    const switchboard = { active: 0, cover: (...ids: number[]) => covered.push(...ids), hit() {} };
    new Function('globalThis', code.replace('export ', '').replaceAll('__mutate.', 'globalThis.__mutate.'))({ __mutate: switchboard });
    expect(covered.sort()).toEqual(mutants.map((mutant) => mutant.id).sort());
  });

  it('counts every evaluation of the active mutant with hit()', () => {
    const text = 'let n = 0;\nfor (let i = 0; i < 5; i++) n = n + 1;\nreturn n;';
    const [mutant] = mutantsOf(text, [plusToMinus], 'src/a.js');
    const { code } = instrumentFile({ path: 'src/a.js', text }, [mutant!]);
    let hits = 0;
    const switchboard = { active: mutant!.id, cover() {}, hit: () => hits++ };
    const result = new Function('globalThis', code.replaceAll('__mutate.', 'globalThis.__mutate.'))({ __mutate: switchboard });
    expect([result, hits]).toEqual([-5, 5]);
  });

  it('puts the switchboard header after a hashbang and the directive prologue', () => {
    const text = "#!/usr/bin/env node\n'use strict';\n\"use client\"\nexport const a = 1 + 2;\n";
    const { code } = instrumentFile({ path: 'src/a.js', text }, mutantsOf(text, [plusToMinus], 'src/a.js'));
    expect(code.startsWith(`#!/usr/bin/env node\n'use strict';\n"use client"\n${SWITCHBOARD_HEADER}`)).toBe(true);
    expect(parseSource({ path: 'src/a.js', text: code }).program.directives.map((d) => d.value.value)).toEqual(['use strict', 'use client']);
  });

  it('gives ignored mutants no switch, and leaves a file without mutants untouched', () => {
    const text = '// mutate-disable-next-line\nexport const a = 1 + 2;\n';
    const mutants = mutantsOf(text, [plusToMinus]);
    expect(mutants).toHaveLength(1);
    expect(instrumentFile({ path: 'src/case.ts', text }, mutants).code).toBe(text);
  });

  it('maps the instrumented code back to the original lines', () => {
    const text = 'export function f(a: number) {\n  return a + 1;\n}\n';
    const { map } = instrumentFile({ path: 'src/a.ts', text }, mutantsOf(text, [plusToMinus], 'src/a.ts'));
    expect(map.sources).toEqual(['a.ts']);
    expect(map.sourcesContent).toEqual([text]);
    const { code } = instrumentFile({ path: 'src/a.ts', text }, mutantsOf(text, [plusToMinus], 'src/a.ts'));
    const instrumentedLines = code.split('\n');
    const line = instrumentedLines.findIndex((l) => l.includes('return ('));
    const column = instrumentedLines[line]!.lastIndexOf('a + 1');
    const traced = originalPositionFor(new TraceMap(map as never), { line: line + 1, column });
    expect(traced).toMatchObject({ source: 'a.ts', line: 2, column: 9 });
  });
});
