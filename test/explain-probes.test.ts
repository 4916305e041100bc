import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { explainNoCoverage, isProbeLayer, explainSurvivor, generateMutants, instrumentFile, probeMutants, probeLayers, probeRuns, probeShapeOf, readProbeRecords, type Mutant, type MutantPlan, type Observation } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// A script (no module syntax) that exercises every probed shape: comparisons, arithmetic, logic with
// a lazy right side, unary operators, optional members, method calls, literals and returned values.
const SOURCE = `function f(a, b, s) {
  const big = a >= 10 && b < 3;
  const sum = a + b * 2;
  const size = s?.length ?? 0;
  const up = typeof s === 'string' ? s.trim().toUpperCase() : 'none';
  const picked = [a, b].filter((n) => n > 0).length;
  return [big, sum, size, up, !big, -a, a % 3 === 0 || b > a, s === '' ? 'empty' : \`text \${s}\`, picked];
}
`;
const FILE = { path: 'src/f.js', text: SOURCE };

let probesDir: string;
beforeEach(() => {
  probesDir = mkdtempSync(join(tmpdir(), 'mutate-probes-'));
});
afterEach(() => rmSync(probesDir, { recursive: true, force: true }));

/** Forgets what the probes recorded (the directory stays: the recorder writes into it, never makes it). */
function clearProbes(): void {
  for (const file of readdirSync(probesDir)) rmSync(join(probesDir, file));
}

/**
 * `context` with the switchboards of a mutate testing this one (`npm run mutate:self`, which names
 * them `__mutateSelf`): the probe recorder's source text, which the instrumented code carries, is
 * then instrumented too, and looks for them in the vm's realm.
 */
function withOuterSwitchboards<Context extends object>(context: Context): Context {
  const outer = Object.keys(globalThis).filter((name) => name.startsWith('__mutateSelf'));
  return { ...Object.fromEntries(outer.map((name) => [name, (globalThis as Record<string, unknown>)[name]])), ...context };
}

/** Runs `f(...args)` from the instrumented code with `active` switched on, in a fresh global scope whose probes write to `probesDir`. */
function runInstrumented(code: string, active: number, args: readonly unknown[], covered: number[] = []): unknown {
  const switchboard = { active, cover: (...ids: number[]) => covered.push(...ids), hit() {} };
  const context = {
    __mutate: switchboard,
    args,
    process: { env: { MUTATE_PROBES: probesDir }, pid: 1, getBuiltinModule: (name: string) => process.getBuiltinModule(name) },
  };
  return JSON.stringify(runInNewContext(`${code}\nf(...args);`, withOuterSwitchboards(context)));
}

describe('explanation probes', () => {
  const { mutants } = generateMutants([FILE], allMutators);
  const probes = probeMutants([FILE], mutants);
  const { code } = instrumentFile(FILE, [...mutants, ...probes]);

  it('are made for the expression mutants, statements and patterns aside', () => {
    expect(probes.length).toBeGreaterThan(20);
    const probed = new Set(probes.map((probe) => -probe.id));
    for (const mutant of mutants) {
      if (mutant.placement.kind !== 'expression') expect(probed.has(mutant.id), `${mutant.mutatorName} ${mutant.original}`).toBe(false);
    }
  });

  it('behave exactly as the original code, whatever the inputs, and are never counted as coverage', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -5, max: 5 }), fc.option(fc.string({ maxLength: 6 }), { nil: undefined }), (a, b, s) => {
        const original = runInstrumented(code, 0, [a, b, s]);
        for (const probe of probes) {
          const covered: number[] = [];
          expect(runInstrumented(code, probe.id, [a, b, s], covered), `${probe.mutatorName} ${probe.original}`).toBe(original);
          expect(covered.every((id) => id > 0)).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('record in a shared run (every probe on) what each records alone, none hidden by another', () => {
    const alone = new Map<number, Observation[] | undefined>();
    for (const probe of probes) {
      for (const args of [[5, 1, 'x'], [30, 0, undefined], [10, -2, 'long string']]) runInstrumented(code, probe.id, args);
      alone.set(-probe.id, readProbeRecords(probesDir).observations.get(-probe.id));
      clearProbes();
    }
    const layers = probeLayers(probes);
    const runs = probeRuns(mutants.filter((mutant) => alone.has(mutant.id)).map((mutant) => ({ mutant, plan: planOf(mutant, ['t1']) })), (id) => layers.get(-id)!, () => 10);
    // Probes of one expression (and of nested ones) shadow each other: they need more than one run, but far fewer than one each.
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.length).toBeLessThan(probes.length / 2);
    expect(runs.flatMap((run) => run.probes).sort((a, b) => a - b)).toEqual([...alone.keys()].sort((a, b) => a - b));
    for (const run of runs) {
      expect(run.probes.length === 1 ? run.run.mutantId === -run.probes[0]! : isProbeLayer(run.run.mutantId)).toBe(true);
      let results: unknown[] = [];
      for (const args of [[5, 1, 'x'], [30, 0, undefined], [10, -2, 'long string']]) results = [...results, runInstrumented(code, run.run.mutantId, args)];
      expect(results).toEqual([[5, 1, 'x'], [30, 0, undefined], [10, -2, 'long string']].map((args) => runInstrumented(code, 0, args)));
      const shared = readProbeRecords(probesDir).observations;
      for (const id of run.probes) expect(shared.get(id), mutants.find((mutant) => mutant.id === id)!.original).toEqual(alone.get(id));
      clearProbes();
    }
  });

  it('share a run only with survivors of the same test files and probe layer; a shared run runs the union of their tests, with time for the tests it adds', () => {
    const probed = (original: string) => mutants.find((mutant) => mutant.original === original && probes.some((probe) => probe.id === -mutant.id))!;
    // Two sides of one `&&` (apart), and another expression.
    const [first, second, third] = [probed('a >= 10'), probed('b < 3'), probed('s?.length ?? 0')];
    const runs = probeRuns(
      [
        { mutant: first, plan: planOf(first, ['t1']) },
        { mutant: second, plan: planOf(second, ['t2']) },
        { mutant: third, plan: planOf(third, ['t3'], 'test/other.test.js') },
      ],
      (id) => probeLayers(probes).get(-id)!,
      (id) => ({ t1: 100, t2: 300, t3: 50 })[id] ?? 0,
    );
    expect(runs.map((run) => run.probes)).toEqual([[first.id, second.id], [third.id]]);
    expect(runs[0]!.run.tests.map((test) => test.id)).toEqual(['t1', 't2']);
    // The longer of the two runs' timeouts, plus 1.5 × the 100 ms of t1 that t2's run did not have.
    expect(runs[0]!.run.timeoutMs).toBe(planOf(second, ['t2']).run.timeoutMs + 150);
    expect(runs[0]!.run.hitLimit).toBe(Number.POSITIVE_INFINITY);
    expect(runs.at(-1)!.run).toEqual({ ...planOf(third, ['t3'], 'test/other.test.js').run, mutantId: -third.id });
  });

  it('record the operands, the original result and the mutant result of what ran', () => {
    const boundary = mutantAt(mutants, 'a >= 10', 'a > 10');
    runInstrumented(code, -boundary.id, [5, 1, 'x']);
    runInstrumented(code, -boundary.id, [30, 1, 'x']);
    const observations = readProbeRecords(probesDir).observations.get(boundary.id);
    expect(observations).toEqual([
      { operands: [5, 10], original: false, mutant: false },
      { operands: [30, 10], original: true, mutant: true },
    ]);
  });

  it('summarise objects and long strings without reading their properties', () => {
    const text = 'function g(o) { return o.ok === true; }\n';
    const file = { path: 'src/g.js', text };
    const { mutants: own } = generateMutants([file], allMutators);
    const instrumented = instrumentFile(file, [...own, ...probeMutants([file], own)]).code;
    const mutant = mutantAt(own, 'o.ok === true', 'o.ok !== true');
    let reads = 0;
    const watched = { get ok() { reads += 1; return 'x'.repeat(100); } };
    runInNewContext(`${instrumented}\ng(o);`, withOuterSwitchboards({ __mutate: { active: -mutant.id, cover() {}, hit() {} }, o: watched, process: { env: { MUTATE_PROBES: probesDir }, pid: 2, getBuiltinModule: (name: string) => process.getBuiltinModule(name) } }));
    // Read once, as by the original code; the record cuts the string.
    expect(reads).toBe(1);
    const [observation] = readProbeRecords(probesDir).observations.get(mutant.id)!;
    expect(observation!.operands[0]).toEqual({ $: 'string', start: 'x'.repeat(60), length: 100 });
  });
});

describe('explainSurvivor', () => {
  const explained = (text: string, original: string, replacement: string, observations: Observation[], mutatorName?: string) => {
    const file = { path: 'src/e.ts', text };
    const mutant = mutantAt(generateMutants([file], allMutators).mutants, original, replacement);
    return explainSurvivor({ mutant: mutatorName ? { ...mutant, mutatorName } : mutant, shape: probeShapeOf(mutant, text, file.path)!, observations, tests: 2 });
  };

  it("gives the issue's isAdult answer: the values the tests gave and the boundary that tells the two apart", () => {
    const reason = explained('export const isAdult = (age: number) => age >= 18;\n', 'age >= 18', 'age > 18', [
      { operands: [5, 18], original: false, mutant: false },
      { operands: [30, 18], original: true, mutant: true },
    ]);
    expect(reason).toBe('Tests gave `age` = 5, 30: the original and the mutant agree on both. `age` = 18 tells them apart (original true, mutant false).');
  });

  it('says when the tests fed an input where the two differ, and nothing checked the result', () => {
    const reason = explained('export const net = (gross: number, tax: number) => gross - tax;\n', 'gross - tax', 'gross + tax', [{ operands: [100, 20], original: 80, mutant: 120 }]);
    expect(reason).toBe('Tests gave (`gross`, `tax`) = (100, 20). With `gross` = 100 and `tax` = 20 the original gives 80 and the mutant 120, yet no test failed: the difference never reaches anything the tests assert.');
  });

  it('names the missing truth combination of a logical operator', () => {
    const reason = explained('export const both = (a: boolean, b: boolean) => a && b;\n', 'a && b', 'a || b', [
      { operands: [true, true], original: true, mutant: true },
      { operands: [false, { $: 'not evaluated' }], original: false },
    ]);
    expect(reason).toContain('Tests gave (`a`, `b`) = (false, (not evaluated)), (true, true)');
    // The untested combination: `a` false with `b` true (the tests never evaluated `b` with `a` false).
    expect(reason).toContain('They never made `b` = true (with `a` = false), where the two differ (original false, mutant true); if the code can never make it, the mutant is equivalent.');
  });

  it('says a mutant may be equivalent when no input near the tested ones tells them apart', () => {
    const reason = explained('export const same = (x: number) => x * 1;\n', 'x * 1', 'x / 1', [{ operands: [2, 1], original: 2, mutant: 2 }]);
    expect(reason).toContain('may be equivalent');
  });

  it('suggests only values an operand can take: a typeof name, a length of 0 or more, none for a computed one', () => {
    const typeofReason = explained("export const isObject = (value: unknown) => typeof value === 'object';\n", "typeof value === 'object'", 'false', [{ operands: ['string', 'object'], original: false, mutant: false }]);
    expect(typeofReason).toContain('`typeof value` = "object" tells them apart (original true, mutant false).');
    const lengthReason = explained('export const any = (items: number[]) => items.length > 0;\n', 'items.length > 0', 'items.length >= 0', [
      { operands: [2, 0], original: true, mutant: true },
      { operands: [3, 0], original: true, mutant: true },
    ]);
    expect(lengthReason).toContain('`items.length` = 0 tells them apart (original false, mutant true).');
    const computedReason = explained('export const flag = (t: number) => (t << 5) > 3;\n', '(t << 5) > 3', 't << 5 >= 3', [{ operands: [32, 3], original: true, mutant: true }]);
    expect(computedReason).toContain('Its operands are computed, so mutate suggests no value for them');
    expect(computedReason).not.toContain('tells them apart');
  });

  it('tries the value an operand is compared with, even of a kind the tests never gave it', () => {
    const reason = explained("export const production = (env?: string) => env === 'production';\n", "env === 'production'", 'false', [{ operands: [{ $: 'undefined' }, 'production'], original: false, mutant: false }]);
    expect(reason).toContain('`env` = "production" tells them apart (original true, mutant false).');
  });

  it('says when a forced condition only ever had the value it is forced to', () => {
    const text = 'export function pick(flag: boolean) {\n  if (flag) return 1;\n  return 2;\n}\n';
    const file = { path: 'src/p.ts', text };
    const mutant = mutantAt(generateMutants([file], allMutators).mutants, 'flag', 'false');
    const reason = explainSurvivor({ mutant, shape: probeShapeOf(mutant, text, file.path)!, observations: [{ operands: [false], original: false, mutant: false }], tests: 1 });
    expect(reason).toBe('The tests ran `flag` (it gave false); the mutant gives false, the same every time: a test where `flag` is not false would tell them apart.');
  });

  it('says when the observations are a sample of what the tests gave', () => {
    const file = { path: 'src/s.ts', text: 'export const small = (n: number) => n < 100;\n' };
    const mutant = mutantAt(generateMutants([file], allMutators).mutants, 'n < 100', 'n <= 100');
    const observations = [{ operands: [1, 100], original: true, mutant: true }];
    const reason = explainSurvivor({ mutant, shape: probeShapeOf(mutant, file.text, file.path)!, observations, sampled: true, tests: 1 });
    expect(reason).toContain('agree on every one of the 1 recorded (the tests gave more)');
  });

  it('keeps every observation where the mutant differs, past the cap on those where it agrees', () => {
    const text = 'function h(n) { let count = 0; for (let i = 0; i < n; i++) if (i < 40) count++; return count; }\n';
    const file = { path: 'src/h.js', text };
    const own = generateMutants([file], allMutators).mutants;
    const instrumented = instrumentFile(file, [...own, ...probeMutants([file], own)]).code;
    const boundary = mutantAt(own, 'i < 40', 'i <= 40');
    runInNewContext(`${instrumented}\nh(50);`, withOuterSwitchboards({ __mutate: { active: -boundary.id, cover() {}, hit() {} }, process: { env: { MUTATE_PROBES: probesDir }, pid: 3, getBuiltinModule: (name: string) => process.getBuiltinModule(name) } }));
    const records = readProbeRecords(probesDir);
    // i = 40 is the 41st different input: past the 24 kept where the two agree, and still recorded.
    expect(records.observations.get(boundary.id)).toContainEqual({ operands: [40, 40], original: false, mutant: true });
    expect(records.sampled.has(boundary.id)).toBe(true);
  });

  it('explains a removed block and an unreached mutant without a probe', () => {
    const text = 'export function log(x: number[]) {\n  if (x.length) {\n    x.push(1);\n  }\n}\n';
    const file = { path: 'src/l.ts', text };
    const all = generateMutants([file], allMutators).mutants;
    const block = all.find((mutant) => mutant.mutatorName === 'BlockStatement' && mutant.original.includes('push') && !mutant.original.includes('if'))!;
    expect(explainSurvivor({ mutant: block, tests: 3, timesRun: 4 })).toBe('The tests ran this block (4 times, in 3 tests), but emptying it changed nothing they assert: none of its effects is checked.');
    expect(explainNoCoverage(block, 'log')).toBe('No test reaches `{ x.push(1); }` (line 2, in `log`): a test that does, and checks what it does, would tell whether `{}` matters.');
    expect(block.location.start.line).toBe(2);
  });
});

/** A plan that runs `testIds` of `file` (their dry-run times: t1 100 ms, t2 300 ms, t3 50 ms). */
function planOf(mutant: Mutant, testIds: readonly string[], file = 'test/f.test.js'): Extract<MutantPlan, { kind: 'run' }> {
  const expectedMs = testIds.length * 100;
  return {
    kind: 'run',
    mutant,
    run: { mutantId: mutant.id, tests: testIds.map((id) => ({ id, file })), timeoutMs: 5000 + expectedMs * (testIds.includes('t2') ? 3 : 1), hitLimit: 100 },
    coveredBy: [...testIds],
    isStatic: false,
    load: 1,
    expectedMs,
  };
}

function mutantAt(mutants: readonly Mutant[], original: string, replacement: string): Mutant {
  const found = mutants.find((mutant) => mutant.original === original && mutant.replacement === replacement);
  if (!found) throw new Error(`no mutant ${original} → ${replacement} among ${mutants.map((mutant) => `${mutant.original} → ${mutant.replacement}`).join('; ')}`);
  return found;
}
