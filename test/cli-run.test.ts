import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { schema, type MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { tempProject, tempVitestProject, type TempProject } from './support/temp-project.js';

const AGE_SOURCE = `export function ticketCategory(age: number): string {
  if (age >= 18) return 'adult';
  return 'child';
}

export function neverCalled(x: number): number {
  return x * 2;
}
`;

const AGE_TEST = `import { describe, expect, it } from 'vitest';
import { ticketCategory } from '../src/age.js';

describe('ticketCategory', () => {
  it('sells a child ticket at 5', () => {
    expect(ticketCategory(5)).toBe('child');
  });
  it('sells an adult ticket at 30', () => {
    expect(ticketCategory(30)).toBe('adult');
  });
});
`;

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

function readReport(dir: string): MutationTestResult {
  return JSON.parse(readFileSync(join(dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
}

function mutantsOf(report: MutationTestResult) {
  return Object.values(report.files).flatMap((file) => file.mutants);
}

describe('mutate run', () => {
  it('runs the project tests against each mutant and writes a schema-valid report', async () => {
    project = await tempVitestProject({ 'src/age.ts': AGE_SOURCE, 'test/age.test.ts': AGE_TEST });
    const before = await project.snapshot();
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.exitCode).toBe(0);

    const report = readReport(project.dir);
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);

    const mutants = mutantsOf(report);
    const find = (replacement: string) => mutants.find((mutant) => mutant.replacement === replacement && mutant.location.start.line === 2)!;
    // Only 5 and 30 are tested: the boundary survives; its opposite is killed; an emptied 'adult' only by the adult test.
    expect(find('age > 18').status).toBe('Survived');
    expect(find('age < 18').status).toBe('Killed');
    const emptied = find('""');
    expect(emptied.status).toBe('Killed');
    const tests = report.testFiles!['test/age.test.ts']!.tests;
    expect(emptied.killedBy?.map((id) => tests.find((test) => test.id === id)?.name)).toEqual(['ticketCategory > sells an adult ticket at 30']);
    expect(emptied.coveredBy?.map((id) => tests.find((test) => test.id === id)?.name)).toEqual(['ticketCategory > sells an adult ticket at 30']);
    expect(mutants.filter((mutant) => mutant.location.start.line === 7).map((mutant) => mutant.status)).toEqual(expect.arrayContaining(['NoCoverage']));
    expect(mutants.every((mutant) => mutant.status !== 'Pending')).toBe(true);

    // Each survivor as a small diff, with the tests that ran it.
    expect(result.stdout).toContain(
      'src/age.ts:2  EqualityOperator\n  - age >= 18\n  + age > 18\n  covered by 2 tests: test/age.test.ts: ticketCategory > sells a child ticket at 5; test/age.test.ts: ticketCategory > sells an adult ticket at 30\n',
    );
    expect(result.stdout).toMatch(/Mutation score: \d+\.\d\d%/);
    // The user's files are as they were; only the report was added.
    const after = await project.snapshot();
    expect([...after.keys()].filter((file) => file.startsWith('reports/')).toSorted()).toEqual(['reports/mutation/mutation.html', 'reports/mutation/mutation.json']);
    for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
    expect(after).toEqual(before);
  });

  it('selects tests by id: equal names in two files, names with " > " and regex characters', async () => {
    const source = `export const double = (n: number) => n * 2;\nexport const half = (n: number) => n / 2;\n`;
    const testOf = (fn: string, input: number, expected: number) => `import { describe, expect, it } from 'vitest';
import { ${fn} } from '../src/math.js';
describe('math > basics', () => {
  it('works (really) [x] *', () => {
    expect(${fn}(${input})).toBe(${expected});
  });
});
`;
    project = await tempVitestProject({ 'src/math.ts': source, 'test/double.test.ts': testOf('double', 4, 8), 'test/half.test.ts': testOf('half', 4, 2) });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(0);
    const report = readReport(project.dir);
    const mutants = mutantsOf(report);
    const idsIn = (file: string) => report.testFiles![file]!.tests.map((test) => test.id);
    const timesTwo = mutants.find((mutant) => mutant.replacement === 'n / 2' && mutant.location.start.line === 1)!;
    const byTwo = mutants.find((mutant) => mutant.replacement === 'n * 2' && mutant.location.start.line === 2)!;
    expect(timesTwo.status).toBe('Killed');
    expect(timesTwo.killedBy).toEqual(idsIn('test/double.test.ts'));
    expect(timesTwo.coveredBy).toEqual(idsIn('test/double.test.ts'));
    expect(byTwo.killedBy).toEqual(idsIn('test/half.test.ts'));
  });

  it('gives mutants evaluated at module load fresh module state, and marks them static', async () => {
    project = await tempVitestProject({
      'src/labels.ts': `export const LABELS = ['child', 'adult'];\nexport const label = (i: number) => LABELS[i];\n`,
      'test/a.test.ts': `import { expect, it } from 'vitest';\nimport { label } from '../src/labels.js';\nit('labels adults', () => expect(label(1)).toBe('adult'));\n`,
      'test/b.test.ts': `import { expect, it } from 'vitest';\nimport { LABELS } from '../src/labels.js';\nit('has two labels', () => expect(LABELS).toHaveLength(2));\n`,
    });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(0);
    const mutants = mutantsOf(readReport(project.dir));
    const emptied = mutants.find((mutant) => mutant.mutatorName === 'ArrayDeclaration')!;
    expect(emptied).toMatchObject({ status: 'Killed', static: true });
    // Each static mutant gets fresh modules: emptying 'adult' is caught by the test of label(1), emptying 'child' by none.
    const strings = mutants.filter((mutant) => mutant.mutatorName === 'StringLiteral');
    expect(strings.map((mutant) => [mutant.location.start.column, mutant.status, mutant.static])).toEqual([
      [24, 'Survived', true],
      [33, 'Killed', true],
    ]);
  });

  it('calls a mutant that stops a test file from loading a RuntimeError, with the reason, and stops at the first failing test', async () => {
    project = await tempVitestProject({
      'src/config.ts': `export const config = JSON.parse('{"currency":"EUR"}');\n`,
      'src/symbol.ts': `export const symbol = () => '€';\n`,
      'test/config.test.ts': `import { expect, it } from 'vitest';
import { config } from '../src/config.js';
it('reads the currency', () => expect(config.currency).toBe('EUR'));
it('has nothing else', () => expect(Object.keys(config)).toEqual(['currency']));
`,
      'test/symbol.test.ts': `import { expect, it } from 'vitest';
import { symbol } from '../src/symbol.js';
it('is the euro sign', () => expect(symbol()).toBe('€'));
it('is one character', () => expect(symbol()).toHaveLength(1));
`,
    });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(0);
    const report = readReport(project.dir);
    const emptyString = (file: string) => report.files[file]!.mutants.find((mutant) => mutant.mutatorName === 'StringLiteral' && mutant.replacement === '""')!;
    // JSON.parse('') throws while the module loads: the test file never runs a test.
    const emptied = emptyString('src/config.ts');
    expect(emptied.status).toBe('RuntimeError');
    expect(emptied.statusReason).toMatch(/config\.test\.ts failed to load: .*JSON/);
    // Where it threw, in the user's file (the source map names the file itself, not src/src/config.ts).
    expect(emptied.statusReason).toMatch(/\/src\/config\.ts:1:\d+/);
    expect(emptied.statusReason).not.toContain('src/src/');
    // Both tests of the symbol fail without it; once the first has, the second is not run.
    const noSymbol = emptyString('src/symbol.ts');
    expect(noSymbol).toMatchObject({ status: 'Killed', testsCompleted: 1 });
  });

  it('calls a mutant that stops one test file from loading but fails a test of another Killed', async () => {
    project = await tempVitestProject({
      'src/money.ts': `const currencies = ['EUR'];
export function money(cents: number, currency: string) {
  if (!currencies.includes(currency)) throw new Error('Unsupported currency: ' + currency);
  return { cents, currency };
}
`,
      'src/prices.ts': `import { money } from './money.js';
export const ticket = money(4000, 'EUR');
`,
      'test/prices.test.ts': `import { expect, it } from 'vitest';
import { ticket } from '../src/prices.js';
it('costs forty euros', () => expect(ticket).toEqual({ cents: 4000, currency: 'EUR' }));
`,
      'test/money.test.ts': `import { expect, it } from 'vitest';
import { money } from '../src/money.js';
it('takes euros', () => {
  // Slower than the prices test, so the file that cannot load is run first.
  const until = Date.now() + 50;
  while (Date.now() < until);
  expect(money(1, 'EUR').currency).toBe('EUR');
});
`,
    });
    expect((await project.mutate('run', '--concurrency', '1')).exitCode).toBe(0);
    const noCurrencies = readReport(project.dir).files['src/money.ts']!.mutants.find((mutant) => mutant.mutatorName === 'ArrayDeclaration')!;
    // prices.test.ts cannot load without a currency; money.test.ts loads and its test fails.
    expect(noCurrencies).toMatchObject({ status: 'Killed', killedBy: [expect.stringMatching(/.+/)], static: true });
  });

  it('gives each test file fresh modules, so a module-level cache does not hide coverage from later files', async () => {
    project = await tempVitestProject({
      'src/names.ts': `let cache: string[] | undefined;
export function names(): string[] {
  if (!cache) cache = ['ada', 'bob'].map((name) => name.toUpperCase());
  return cache;
}
`,
      // The larger file runs first (vitest's order without timings); it fills the cache but checks no case.
      'test/a-count.test.ts': `import { expect, it } from 'vitest';
import { names } from '../src/names.js';
${'// padding so that vitest runs this file first\n'.repeat(40)}it('has two names', () => expect(names()).toHaveLength(2));
`,
      'test/b-case.test.ts': "import { expect, it } from 'vitest';\nimport { names } from '../src/names.js';\nit('upper-cases', () => expect(names()).toEqual(['ADA', 'BOB']));\n",
    });
    const result = await project.mutate('run', '--concurrency', '1');
    expect(result.exitCode).toBe(0);
    const lowerCase = mutantsOf(readReport(project.dir)).find((mutant) => mutant.replacement === 'name.toLowerCase()')!;
    expect(lowerCase.status).toBe('Killed');
    expect(lowerCase.coveredBy).toHaveLength(2);
  });

  it('ends an endless loop as a Timeout and goes on with the other mutants', async () => {
    project = await tempVitestProject({
      'src/sum.ts': `export function sum(values: number[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    total += values[i] ?? 0;
  }
  return total;
}
`,
      'test/sum.test.ts': `import { expect, it } from 'vitest';
import { sum } from '../src/sum.js';
it('adds', () => {
  expect(sum([1, 2, 3])).toBe(6);
});
`,
    });
    const result = await project.mutate('run', '--concurrency', '1', '--timeout-ms', '2000');
    expect(result.exitCode).toBe(0);
    const mutants = mutantsOf(readReport(project.dir));
    expect(mutants.find((mutant) => mutant.replacement === 'i--')!.status).toBe('Timeout');
    expect(mutants.filter((mutant) => mutant.status === 'Killed').length).toBeGreaterThan(3);
    expect(mutants.every((mutant) => mutant.status !== 'Pending' && mutant.status !== 'RuntimeError')).toBe(true);
  });

  it('ends a mutant that waits forever (an async loop the hit limit is too slow for) as a Timeout, and goes on', async () => {
    project = await tempVitestProject({
      'src/poll.ts': `export async function waitUntil(ready: () => boolean, stepMs = 5): Promise<number | undefined> {
  let polls = 0;
  for (;;) {
    if (ready()) return polls;
    polls++;
    await new Promise((resolve) => setTimeout(resolve, stepMs));
  }
}
`,
      'test/poll.test.ts': `import { expect, it } from 'vitest';
import { waitUntil } from '../src/poll.js';
it('waits for the flag', async () => {
  let calls = 0;
  expect(await waitUntil(() => ++calls > 2)).toBe(2);
});
`,
    });
    // Well under vitest's own 5 s test timeout: mutate's watchdog must end the run.
    const result = await project.mutate('run', '--concurrency', '1', '--timeout-ms', '1000');
    expect(result.exitCode).toBe(0);
    const mutants = mutantsOf(readReport(project.dir));
    // `ready()` forced false never lets the loop end, and each turn waits on a timer.
    const forever = mutants.find((mutant) => mutant.mutatorName === 'ConditionalExpression' && mutant.replacement === 'false' && mutant.location.start.line === 4)!;
    expect(forever.status).toBe('Timeout');
    expect(mutants.filter((mutant) => mutant.status === 'Pending')).toEqual([]);
    expect(mutants.filter((mutant) => mutant.status === 'Killed').length).toBeGreaterThan(2);
  });

  it('stops when a test fails with no mutant active, naming the test', async () => {
    project = await tempVitestProject({
      'src/age.ts': AGE_SOURCE,
      'test/age.test.ts': AGE_TEST.replace("toBe('child')", "toBe('adult')"),
    });
    const result = await project.mutate('run');
    expect(result.exitCode).toBe(5);
    expect(result.stderr).toContain('the tests must pass before mutants can be tested');
    expect(result.stderr).toContain('ticketCategory > sells a child ticket at 5');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so when the project has no vitest to run', async () => {
    project = await tempProject({ 'package.json': '{ "name": "x", "type": "module" }\n', 'src/age.ts': AGE_SOURCE });
    const result = await project.mutate('run');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^error: vitest is not installed in .*npm install --save-dev vitest/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('calls a run that executes no tests an error, never a pass', async () => {
    project = await tempVitestProject({ 'src/age.ts': AGE_SOURCE, 'test/age.test.ts': "import { it } from 'vitest';\nit.skip('later', () => {});\n" });
    const result = await project.mutate('run');
    expect(result.exitCode).toBe(5);
    expect(result.stderr).toContain('executed no tests');
  });
});
