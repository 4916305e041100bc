import { afterEach, describe, expect, it } from 'vitest';
import { BABEL_CONFIG, exampleFiles, JEST_30_AND_29, tempJestProject } from './support/jest-project.js';
import { readReport, reportedMutant, verdictLines } from './support/report.js';
import { tempProject, type TempProject } from './support/temp-project.js';
import { CLASSIFY_SOURCE_CJS } from './support/sources.js';

/** `mutate run --test-runner jest` on the project, which must succeed; its JSON report, and the verdicts as lines for failure messages. */
async function jestRunReport(project: TempProject): Promise<{ report: ReturnType<typeof readReport>; lines: string }> {
  const run = await project.mutate('run', '--test-runner', 'jest', '--reporters', 'json');
  expect(run.exitCode, run.stdout + run.stderr).toBe(0);
  const report = readReport(project.dir);
  return { report, lines: verdictLines(report).join('\n') };
}

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

/** A passing suite of one test, for the runs that must stop before any test. */
const ADDER = {
  'src/add.js': 'exports.add = (a, b) => a + b;\n',
  'test/add.test.js': "it('adds', () => expect(require('../src/add').add(1, 2)).toBe(3));\n",
};

/** The run stopped with a user's error: its exit code, the message saying what is wrong, and no stack trace. */
function expectUserError(run: { exitCode: number; stdout: string; stderr: string }, exitCode: number, ...says: string[]): void {
  expect(run.exitCode, run.stdout + run.stderr).toBe(exitCode);
  for (const text of says) expect(run.stderr).toContain(text);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** The project's files after the run, but the report mutate wrote. */
async function treeWithoutReports(tempProject: TempProject): Promise<Map<string, string>> {
  const tree = await tempProject.snapshot();
  for (const file of tree.keys()) if (file.startsWith('reports/')) tree.delete(file);
  return tree;
}

describe.each(JEST_30_AND_29)('the shop example under %s', (_name, nodeModules) => {
  it.each([
    ['chosen with --test-runner jest', ['--test-runner', 'jest']],
    ['detected (jest installed, no vitest)', []],
  ])('gets the verdicts its tests deserve (%s), and its files stay as they were', async (_how, flags) => {
    // The example's own package.json names jest 30; the linked node_modules decides which jest runs.
    const files = await exampleFiles('shop');
    project = await tempJestProject({ ...files, 'package.json': files['package.json']!.replace('"private": true', '"private": true, "mutate": { "cache": false }') }, nodeModules);
    const before = await project.snapshot();
    const run = await project.mutate('run', ...flags, '--reporters', 'json');
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const report = readReport(project.dir);
    const lines = verdictLines(report).join('\n');

    // A boundary no test checks: 18 itself.
    expect(reportedMutant(report, 'src/customer.ts', 'customer.age >= 18', 'customer.age > 18').status, lines).toBe('Survived');
    expect(reportedMutant(report, 'src/customer.ts', 'customer.age >= 18', 'customer.age < 18').killedBy, lines).toEqual(
      expect.arrayContaining([expect.stringMatching(/isAdult > (accepts a customer of 30|rejects a customer of 12)|canCheckOut/)]),
    );
    // A function no test calls.
    const giftWrap = report.files['src/cart.ts']!.mutants.filter((mutant) => mutant.location.start.line >= 30);
    expect(giftWrap.length, lines).toBeGreaterThan(3);
    expect(new Set(giftWrap.map((mutant) => mutant.status)), lines).toEqual(new Set(['NoCoverage']));
    // An endless loop: past its hit limit.
    expect(reportedMutant(report, 'src/receipt.ts', 'i++', 'i--').status, lines).toBe('Timeout');
    // A module-level array: reached as the test file loads, killed by the tests of that file.
    const categories = reportedMutant(report, 'src/catalog.ts', "['books', 'games', 'wine']", '[]');
    expect(categories.static, lines).toBe(true);
    expect(categories.status, lines).toBe('Killed');
    expect(categories.killedBy, lines).toEqual([expect.stringContaining('test/catalog.test.ts')]);
    for (const element of ["'books'", "'games'", "'wine'"]) {
      const mutant = report.files['src/catalog.ts']!.mutants.find((candidate) => candidate.location.start.line === 9 && report.files['src/catalog.ts']!.source.split('\n')[8]!.slice(candidate.location.start.column - 1).startsWith(element));
      expect(mutant?.status, `${element}\n${lines}`).toBe('Killed');
    }
    expect(await treeWithoutReports(project)).toEqual(before);
  });
});

describe.each(JEST_30_AND_29)('mutants under %s', (_name, nodeModules) => {
  it('kills a mutant that makes a source throw as it loads, by the tests of the files that load it', async () => {
    project = await tempJestProject(
      {
        'babel.config.cjs': BABEL_CONFIG,
        'src/limit.ts': `function parseLimit(text: string): number {
  const limit = Number(text);
  if (limit > 0) return limit;
  throw new Error('the limit must be positive');
}

export const LIMIT = parseLimit('10');
`,
        'test/limit.test.ts': `import { LIMIT } from '../src/limit';

it('is a positive limit', () => {
  expect(LIMIT).toBeGreaterThan(0);
});

it('is at most 100', () => {
  expect(LIMIT).toBeLessThanOrEqual(100);
});
`,
      },
      nodeModules,
    );
    const { report, lines } = await jestRunReport(project);
    const throwsOnLoad = reportedMutant(report, 'src/limit.ts', 'limit > 0', 'limit <= 0');
    expect(throwsOnLoad.status, lines).toBe('Killed');
    expect(throwsOnLoad.killedBy?.sort(), lines).toEqual(['test/limit.test.ts: is a positive limit', 'test/limit.test.ts: is at most 100']);
  });

  it('reaches the mutants from a test file that names its own environment (@jest-environment)', async () => {
    project = await tempJestProject(
      {
        'test/euro-environment.js': `const { TestEnvironment } = require('jest-environment-node');

module.exports = class EuroEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.CURRENCY = 'EUR';
  }
};
`,
        'src/price.js': "exports.price = (cents) => (cents / 100).toFixed(2) + ' ' + globalThis.CURRENCY;\n",
        'test/price.test.js': `/**
 * @jest-environment ./test/euro-environment.js
 */
const { price } = require('../src/price');

it('shows euros', () => {
  expect(price(1850)).toBe('18.50 EUR');
});
`,
      },
      nodeModules,
    );
    const { report, lines } = await jestRunReport(project);
    expect(reportedMutant(report, 'src/price.js', 'cents / 100', 'cents * 100').killedBy, lines).toEqual(['test/price.test.js: shows euros']);
  });

  it("runs the project's globalSetup before the tests, in each of mutate's test threads", async () => {
    project = await tempJestProject(
      {
        'jest.config.js': "module.exports = { globalSetup: './test/setup.js' };\n",
        'test/setup.js': "module.exports = async () => {\n  process.env.TAX_PERCENT = '20';\n};\n",
        'src/tax.js': 'exports.withTax = (cents) => Math.round(cents * (1 + Number(process.env.TAX_PERCENT) / 100));\n',
        'test/tax.test.js': "it('adds the tax', () => expect(require('../src/tax').withTax(1000)).toBe(1200));\n",
      },
      nodeModules,
    );
    const { report, lines } = await jestRunReport(project);
    expect(reportedMutant(report, 'src/tax.js', '1 + Number(process.env.TAX_PERCENT) / 100', '1 - Number(process.env.TAX_PERCENT) / 100').status, lines).toBe('Killed');
  });

  it("sets NODE_ENV to 'test' when it is not set, as jest's command line does", async () => {
    project = await tempJestProject(
      {
        'src/mode.js': "exports.mode = () => (process.env.NODE_ENV === 'test' ? 'testing' : 'live');\n",
        'test/mode.test.js': "it('runs as under jest', () => expect(require('../src/mode').mode()).toBe('testing'));\n",
      },
      nodeModules,
    );
    // Under jest this test passes; before, mutate's dry run failed it.
    const { report, lines } = await jestRunReport(project);
    expect(reportedMutant(report, 'src/mode.js', "process.env.NODE_ENV === 'test'", "process.env.NODE_ENV !== 'test'").status, lines).toBe('Killed');
  });

  it('runs the tests of every project of a multi-project config', async () => {
    project = await tempJestProject(
      {
        'jest.config.js': "module.exports = { projects: [{ displayName: 'a', testMatch: ['<rootDir>/a/*.test.js'] }, { displayName: 'b', testMatch: ['<rootDir>/b/*.test.js'] }] };\n",
        'src/age.js': 'exports.isAdult = (age) => age >= 18;\n',
        'a/age.test.js': "it('calls 30 an adult', () => expect(require('../src/age').isAdult(30)).toBe(true));\n",
        'b/age.test.js': "it('calls 12 a minor', () => expect(require('../src/age').isAdult(12)).toBe(false));\n",
      },
      nodeModules,
    );
    const { report, lines } = await jestRunReport(project);
    expect(reportedMutant(report, 'src/age.js', 'age >= 18', 'true').killedBy, lines).toEqual(['b/age.test.js: calls 12 a minor']);
    expect(reportedMutant(report, 'src/age.js', 'age >= 18', 'false').killedBy, lines).toEqual(['a/age.test.js: calls 30 an adult']);
  });

  it('stops before any mutant when a test fails with none active, naming the test', async () => {
    project = await tempJestProject(
      {
        'src/add.js': 'exports.add = (a, b) => a + b;\n',
        'test/add.test.js': `const { add } = require('../src/add');

describe('add', () => {
  it('adds', () => {
    expect(add(1, 2)).toBe(3);
  });
  it('is wrong on purpose', () => {
    expect(add(1, 1)).toBe(3);
  });
});
`,
      },
      nodeModules,
    );
    expectUserError(await project.mutate('run', '--test-runner', 'jest'), 5, 'add > is wrong on purpose', 'Expected: 3');
  });

  it('says what is wrong with a broken jest config, without a stack trace', async () => {
    project = await tempJestProject({ 'jest.config.js': 'module.exports = { testEnvironment: "no-such-environment" };\n', ...ADDER }, nodeModules);
    expectUserError(await project.mutate('run', '--test-runner', 'jest'), 3, 'jest cannot read its config', 'no-such-environment');
  });

  it('calls a mutant whose test waits for what never comes a Timeout, before jest would fail the test', async () => {
    project = await tempJestProject(
      {
        // jest's own timeout far off: only mutate's time limit can end the test.
        'jest.config.js': 'module.exports = { testTimeout: 60000 };\n',
        'src/ready.js': `exports.whenReady = () =>
  new Promise((resolve) => {
    const done = () => {
      resolve('ready');
    };
    setTimeout(done, 1);
  });
`,
        'test/ready.test.js': "it('gets ready', async () => expect(await require('../src/ready').whenReady()).toBe('ready'));\n",
      },
      nodeModules,
    );
    const { report, lines } = await jestRunReport(project);
    const neverResolves = report.files['src/ready.js']!.mutants.filter((mutant) => mutant.mutatorName === 'BlockStatement' && mutant.location.start.line === 3);
    expect(neverResolves.map((mutant) => mutant.status), lines).toEqual(['Timeout']);
  });
});

describe('the jest runner', () => {
  it('says jest is not installed, without a stack trace', async () => {
    project = await tempProject({ 'package.json': '{ "name": "no-jest", "private": true }\n', ...ADDER });
    expectUserError(await project.mutate('run', '--test-runner', 'jest'), 3, 'jest is not installed');
  });

  it('serves the instrumented code through ts-jest, type checking and all (jest 29)', async () => {
    project = await tempJestProject(
      {
        'jest.config.js': "module.exports = { preset: 'ts-jest', testEnvironment: 'node' };\n",
        'tsconfig.json': '{ "compilerOptions": { "strict": true, "esModuleInterop": true } }\n',
        'src/age.ts': `export function isAdult(age: number): boolean {
  return age >= 18;
}
`,
        'test/age.test.ts': `import { expect, it } from '@jest/globals';
import { isAdult } from '../src/age';

it('calls 30 an adult', () => {
  expect(isAdult(30)).toBe(true);
});

it('calls 12 a minor', () => {
  expect(isAdult(12)).toBe(false);
});
`,
      },
      JEST_30_AND_29[1]![1],
    );
    const { report, lines } = await jestRunReport(project);
    expect(reportedMutant(report, 'src/age.ts', 'age >= 18', 'age > 18').status, lines).toBe('Survived');
    expect(reportedMutant(report, 'src/age.ts', 'age >= 18', 'age < 18').status, lines).toBe('Killed');
  });
});

describe.each(JEST_30_AND_29)('a CLI its tests spawn, under %s', (_name, nodeModules) => {
  it('has its mutants tested through the processes the tests start, none NoCoverage', async () => {
    project = await tempJestProject(
      {
        'src/classify.js': CLASSIFY_SOURCE_CJS,
        'src/cli.js': "const { classify, stars } = require('./classify');\n\nconsole.log(classify(Number(process.argv[2])), stars(2));\n",
        'test/cli.test.js': `const { execFileSync } = require('node:child_process');

const run = (...args) => execFileSync(process.execPath, ['src/cli.js', ...args], { encoding: 'utf8' }).trim();

it('calls 30 an adult', () => {
  expect(run('30')).toBe('adult **');
});

it('calls 12 a minor', () => {
  expect(run('12')).toBe('minor **');
});
`,
      },
      nodeModules,
    );
    const before = await project.snapshot();
    const run = await project.mutate('run', '--test-runner', 'jest', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/2 tests start Node processes/);
    const report = readReport(project.dir);
    const lines = verdictLines(report).join('\n');
    expect(reportedMutant(report, 'src/classify.js', 'age >= 18', 'age > 18').status, lines).toBe('Survived');
    expect(reportedMutant(report, 'src/classify.js', 'age >= 18', 'age < 18').status, lines).toBe('Killed');
    expect(reportedMutant(report, 'src/classify.js', 'i++', 'i--').status, lines).toBe('Timeout');
    expect(reportedMutant(report, 'src/classify.js', "'minor'", '""').killedBy, lines).toEqual([expect.stringContaining('calls 12 a minor')]);
    const mutants = Object.values(report.files).flatMap(({ mutants }) => mutants);
    expect(mutants.filter((mutant) => mutant.status === 'NoCoverage'), lines).toEqual([]);
    expect(await treeWithoutReports(project)).toEqual(before);
  });
});
