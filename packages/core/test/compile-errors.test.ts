import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PLAN_OPTIONS, runMutationTesting, type RunEvent } from '@mutate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { plusToMinus } from './helpers.js';

const RUNNER = new URL('./fixtures/defect-runner.mjs', import.meta.url).href;

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('a run whose instrumented code does not compile', () => {
  it('reports the offending mutant as CompileError, warns as mutate’s own error, and tests the rest', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mutate-compile-'));
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'test'));
    writeFileSync(join(dir, 'test/a.test.ts'), '// run by the stand-in runner\n');
    writeFileSync(join(dir, 'src/a.ts'), 'export const a = 1 + 1;\nexport const b = 2 + 2;\nexport const c = 3 + 3;\n');
    const events: RunEvent[] = [];
    const summary = await runMutationTesting({
      root: dir,
      mutators: [plusToMinus],
      runnerModule: RUNNER,
      concurrency: 1,
      plan: DEFAULT_PLAN_OPTIONS,
      thresholds: { high: 80, low: 60 },
      reportDir: join(dir, 'reports'),
      reports: ['json'],
      version: 'test',
      onEvent: (event) => events.push(event),
    });

    expect(summary.results.map((result) => [result.mutant.id, result.status])).toEqual([[1, 'Killed'], [2, 'CompileError'], [3, 'Killed']]);
    expect(summary.results[1]!.statusReason).toBe('Unexpected token (made on purpose)');
    // The tests ran on the file instrumented again without mutant 2.
    expect(summary.testNames.get('t1')).toContain('without mutant 2');
    const warnings = events.flatMap((event) => (event.type === 'warning' ? [event.message] : []));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/mutate's own error.*src\/a\.ts.*Unexpected token/);
    expect(warnings[0]).toContain('line 2 PlusToMinus');
    // CompileError is not scored, as in mutation-testing-report-schema.
    expect(summary.score).toBe(100);
    expect(summary.counts.CompileError).toBe(1);
    expect(Object.values(summary.report.files)[0]!.mutants.find((mutant) => mutant.id === '2')?.status).toBe('CompileError');
  });
});
