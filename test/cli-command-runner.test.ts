import { afterEach, describe, expect, it } from 'vitest';
import { readReport, reportedMutant, verdictLines } from './support/report.js';
import { CLASSIFY_SOURCE } from './support/sources.js';
import { tempProject, type TempProject } from './support/temp-project.js';

// A project with no test framework at all: its test command is a plain Node script that exits with
// a failure when an assertion fails. The command runner is the only way to test it.
const CLASSIFY = CLASSIFY_SOURCE;
const CHECK = `import assert from 'node:assert/strict';
import { classify, stars } from '../src/classify.js';

assert.equal(classify(30), 'adult');
assert.equal(classify(12), 'minor');
assert.equal(stars(2), '**');
`;

const project = async (files: Record<string, string>, test = 'node test/check.mjs') =>
  tempProject({ 'package.json': JSON.stringify({ name: 'p', type: 'module', private: true, scripts: { test }, mutate: { cache: false } }), ...files });

let current: TempProject | undefined;
afterEach(async () => {
  await current?.remove();
  current = undefined;
});

describe('the command runner', () => {
  it('runs the whole command per mutant in a copy of the project: killed when it fails, survived when it passes', async () => {
    current = await project({ 'src/classify.js': CLASSIFY, 'test/check.mjs': CHECK });
    const snapshot = await current.snapshot();
    // A short constant time limit: the endless loop below ends there.
    const run = await current.mutate('run', '--test-runner', 'command', '--test-command', 'npm test --silent', '--reporters', 'json,clear-text', '--timeout-ms', '3000');
    expect(run.exitCode, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(/runs `npm test --silent` whole for each mutant/);
    const report = readReport(current.dir);
    const lines = verdictLines(report).join('\n');
    expect(reportedMutant(report, 'src/classify.js', 'age >= 18', 'age > 18').status, lines).toBe('Survived');
    expect(reportedMutant(report, 'src/classify.js', 'age >= 18', 'age < 18').status, lines).toBe('Killed');
    expect(reportedMutant(report, 'src/classify.js', "'minor'", '""').status, lines).toBe('Killed');
    expect(reportedMutant(report, 'src/classify.js', 'i++', 'i--').status, lines).toBe('Timeout');
    const mutants = Object.values(report.files).flatMap((file) => file.mutants);
    // No per-test coverage: every mutant is run.
    expect(mutants.filter((mutant) => mutant.status === 'NoCoverage')).toEqual([]);
    // The test files are never mutated.
    expect(Object.keys(report.files)).toEqual(['src/classify.js']);
    const after = await current.snapshot();
    for (const file of after.keys()) if (file.startsWith('reports/')) after.delete(file);
    expect(after).toEqual(snapshot);
  });

  it('stops before any mutant when the command fails with no mutant active, naming the command and its output', async () => {
    current = await project({ 'src/classify.js': CLASSIFY, 'test/check.mjs': `${CHECK}assert.equal(classify(18), 'minor', 'eighteen is a minor?');\n` });
    const run = await current.mutate('run', '--test-runner', 'command', '--test-command', 'node test/check.mjs');
    expect(run.exitCode).toBe(5);
    expect(run.stderr).toMatch(/node test\/check\.mjs\n\s+exited with code 1/);
    expect(run.stderr).toMatch(/eighteen is a minor\?/);
  });
});
