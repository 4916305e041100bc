import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { readReport, reportedMutant, verdictLines } from './support/report.js';
import { CLASSIFY_SOURCE, CLASSIFY_SOURCE_CJS } from './support/sources.js';
import { tempVitestProject, type TempProject, VITEST_4_AND_3 } from './support/temp-project.js';

// A CLI whose tests only ever spawn it: the test worker never loads its sources, the child does,
// from disk. The same program twice, as an ES module and as CommonJS (`require`).
const CLASSIFY = CLASSIFY_SOURCE;
const CLI = `import { classify, stars } from './classify.js';

console.log(classify(Number(process.argv[2])), stars(2));
`;
const CLASSIFY_CJS = CLASSIFY_SOURCE_CJS;
const CLI_CJS = `const { classify, stars } = require('./classify.cjs');

console.log(classify(Number(process.argv[2])), stars(2));
`;

const cliTest = (cli: string) => `import { execFileSync } from 'node:child_process';
import { expect, it } from 'vitest';

const run = (...args: string[]) => execFileSync(process.execPath, [${JSON.stringify(cli)}, ...args], { encoding: 'utf8' }).trim();

it('calls 30 an adult', () => {
  expect(run('30')).toBe('adult **');
});

it('calls 12 a minor', () => {
  expect(run('12')).toBe('minor **');
});
`;

// The same CLI in TypeScript, tested through its build (tsc, file by file, with source maps): the
// tests spawn `node dist/cli.js`. The build is written out here as tsc would make it.
const CLASSIFY_TS = `export function classify(age: number): string {
  if (age >= 18) return 'adult';
  return 'minor';
}

export function stars(count: number): string {
  let line = '';
  for (let i = 0; i < count; i++) line += '*';
  return line;
}
`;
const CLI_TS = `import { classify, stars } from './classify.js';

console.log(classify(Number(process.argv[2])), stars(2));
`;
const builtMap = (source: string) => JSON.stringify({ version: 3, file: source.replace(/\.ts$/, '.js'), sources: [`../src/${source}`], names: [], mappings: '' });
const BUILT = {
  'src/classify.ts': CLASSIFY_TS,
  'src/cli.ts': CLI_TS,
  'dist/classify.js': CLASSIFY + '//# sourceMappingURL=classify.js.map\n',
  'dist/classify.js.map': builtMap('classify.ts'),
  'dist/cli.js': CLI + '//# sourceMappingURL=cli.js.map\n',
  'dist/cli.js.map': builtMap('cli.ts'),
  'test/cli.test.ts': cliTest('dist/cli.js'),
};

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe.each(VITEST_4_AND_3)('a CLI its tests run in child processes (%s)', (_name, nodeModules) => {
  it.each([
    ['an ES module', { 'src/classify.js': CLASSIFY, 'src/cli.js': CLI, 'test/cli.test.ts': cliTest('src/cli.js') }, 'src/classify.js'],
    ['CommonJS', { 'src/classify.cjs': CLASSIFY_CJS, 'src/cli.cjs': CLI_CJS, 'test/cli.test.ts': cliTest('src/cli.cjs') }, 'src/classify.cjs'],
    ['TypeScript run through its build', BUILT, 'src/classify.ts'],
  ])('has its mutants tested through the processes the tests start (%s), none NoCoverage', async (_kind, files, classify) => {
    project = await tempVitestProject(files, nodeModules);
    const snapshot = await project.snapshot();
    const run = await project.mutate('run', '--reporters', 'json');
    expect(run.exitCode, run.stderr).toBe(0);
    const notice = /2 tests start Node processes: .*\(from (\S+)\)/.exec(run.stdout + run.stderr);
    expect(notice, run.stdout + run.stderr).not.toBeNull();
    // The sandbox of instrumented copies is outside the project, and gone with the run.
    expect(notice![1]!.startsWith(project.dir)).toBe(false);
    expect(existsSync(notice![1]!)).toBe(false);
    const report = readReport(project.dir);
    const lines = verdictLines(report).join('\n');

    expect(reportedMutant(report, classify, 'age >= 18', 'age > 18').status, lines).toBe('Survived');
    expect(reportedMutant(report, classify, 'age >= 18', 'age < 18').status, lines).toBe('Killed');
    expect(reportedMutant(report, classify, "'adult'", '""').status, lines).toBe('Killed');
    // An endless loop in the child process: past its hit limit there, as in the test's own thread.
    expect(reportedMutant(report, classify, 'i++', 'i--').status, lines).toBe('Timeout');
    const cliMutants = Object.values(report.files).flatMap(({ mutants }) => mutants);
    expect(cliMutants.filter((mutant) => mutant.status === 'NoCoverage'), lines).toEqual([]);
    // The tests that start the process are the ones that cover and kill its mutants.
    expect(reportedMutant(report, classify, "'minor'", '""').killedBy, lines).toEqual([expect.stringContaining('calls 12 a minor')]);
    const after = await project.snapshot();
    for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
    expect(after).toEqual(snapshot);
  });
});
