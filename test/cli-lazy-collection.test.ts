import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verdictsByPlace } from './support/report.js';
import { MUTATE_BIN, runCommand, tempVitestProject, type TempProject, VITEST_4_AND_3 } from './support/temp-project.js';

const SOURCE = `export function double(x: number): number {
  return x * 2;
}
export function half(x: number): number {
  if (x < 0) throw new RangeError('negative');
  return x / 2;
}
export function label(size: string): string {
  return size === 'L' ? 'large' : 'small';
}
`;

// A big file of suites: ten tables of twelve tests each, whose callbacks note that they ran (in a
// file next to the project), and two suites where one's callback sets what the other's test reads.
// Collected by the selected tests' suites, \`half\`'s test would read 0: with a mutant of \`half\` that
// makes 0 throw (\`x < 0\` to \`x <= 0\`) it would fail, though the mutant survives the file run whole.
const BIG_TEST = `import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { double, half, label } from '../src/app.js';

const noteRun = (name: string) => appendFileSync(new URL('../factories.log', import.meta.url), name + '\\n');

for (let table = 0; table < 10; table++) {
  describe('doubles, table ' + table, () => {
    noteRun('table ' + table);
    for (let row = 0; row < 12; row++) {
      it('doubles ' + (table * 12 + row), () => {
        expect(double(table * 12 + row)).toBe(2 * (table * 12 + row));
      });
    }
  });
}

let shared = 0;
describe('sets up', () => {
  noteRun('sets up');
  shared = 42;
  it('labels', () => {
    expect(label('L')).toBe('large');
  });
});

describe('reads what the other suite set up', () => {
  noteRun('reads');
  it('halves', () => {
    expect(half(shared)).toBe(21);
  });
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe.each(VITEST_4_AND_3)('a big test file collected by its selected tests\' suites (%s)', (_name, nodeModules) => {
  it('gives the verdicts of the file collected whole, even where a suite\'s callback sets up another\'s test', async () => {
    project = await tempVitestProject({ 'src/app.ts': SOURCE, 'test/big.test.ts': BIG_TEST }, nodeModules);
    const log = path.join(project.dir, 'factories.log');
    const suitesRun = () => readFileSync(log, 'utf8').split('\n').filter(Boolean).length;
    const args = ['run', '--concurrency', '1', '--reporters', 'json'];

    const whole = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'whole'], project.dir, { MUTATE_LAZY: '0', MUTATE_DEBUG: '1' });
    expect(whole.exitCode, whole.stderr).toBe(0);
    expect(whole.stderr).not.toContain('collects only the suites');
    const wholeSuites = suitesRun();

    const lazy = await runCommand(MUTATE_BIN, [...args, '--report-dir', 'lazy'], project.dir, { MUTATE_DEBUG: '1' });
    expect(lazy.exitCode, lazy.stderr).toBe(0);
    const lazySuites = suitesRun() - wholeSuites;
    // The runs of label's and half's mutants (whose tests are in one suite each) left the other
    // suites' callbacks unrun; double's tests are in ten of the twelve suites, so its runs collect all.
    expect(lazy.stderr.match(/collects only the suites/g)?.length ?? 0).toBeGreaterThan(5);
    expect(lazySuites).toBeLessThan(wholeSuites * 0.75);

    const verdicts = verdictsByPlace(project.dir, 'lazy', 'src/app.ts');
    expect(verdicts).toEqual(verdictsByPlace(project.dir, 'whole', 'src/app.ts'));
    // The mutant that only the suite left out could expose survives, as it does with the file whole:
    // the kill collected lazily was checked (the test fails alone with no mutant) and the file ran whole.
    expect(verdicts['5:EqualityOperator:x <= 0']).toBe('Survived');
    expect(lazy.stderr).toMatch(/collects .*big\.test\.ts whole again/);
    expect(verdicts['2:ArithmeticOperator:x / 2']).toBe('Killed');
  });
});
