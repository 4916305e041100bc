import { describe, expect, it } from 'vitest';
import { readReport, verdictsByPlace } from './support/report.js';
import { BABEL_CONFIG, JEST_30_AND_29, tempJestProject } from './support/jest-project.js';
import { AGE_SOURCE, ageTests, ESM_HEADER } from './support/node-test-projects.js';
import { tempProject, tempVitestProject, type TempProject } from './support/temp-project.js';

// The same sources and the same tests (describe/it/test and node:assert, only the import of the
// test functions differs) under each runner: every mutant must get the same verdict from each.
const RUNNERS: readonly { readonly name: string; readonly make: () => Promise<TempProject> }[] = [
  {
    name: 'vitest',
    make: () =>
      tempVitestProject({
        'src/age.js': AGE_SOURCE,
        'test/age.test.js': ageTests(ESM_HEADER.replace("from 'node:test'", "from 'vitest'").replace('import test, { describe, it }', 'import { describe, it, test }')),
      }),
  },
  {
    name: 'jest',
    make: () =>
      tempJestProject(
        {
          'babel.config.js': BABEL_CONFIG,
          'src/age.js': AGE_SOURCE,
          // jest's test functions are globals.
          'test/age.test.js': ageTests(ESM_HEADER.replace("import test, { describe, it } from 'node:test';\n", '')),
        },
        JEST_30_AND_29[0]![1],
      ),
  },
  {
    name: 'node:test',
    make: () =>
      tempProject({
        'package.json': JSON.stringify({ name: 'p', type: 'module', private: true, scripts: { test: 'node --test' }, mutate: { cache: false } }),
        'src/age.js': AGE_SOURCE,
        'test/age.test.js': ageTests(ESM_HEADER),
      }),
  },
];

describe('vitest, jest and node:test', () => {
  it('give every mutant of the same sources, tested by the same tests, the same verdict', async () => {
    const verdicts: Record<string, Record<string, string>> = {};
    const explanations: Record<string, Record<string, string | undefined>> = {};
    for (const runner of RUNNERS) {
      const project = await runner.make();
      try {
        // No --test-runner: each is detected from the project.
        const run = await project.mutate('run', '--reporters', 'json');
        expect(run.exitCode, `${runner.name}: ${run.stdout}${run.stderr}`).toBe(0);
        verdicts[runner.name] = verdictsByPlace(project.dir, 'reports/mutation', 'src/age.js');
        const mutants = readReport(project.dir).files['src/age.js']!.mutants.filter((mutant) => mutant.status === 'Survived' || mutant.status === 'NoCoverage');
        explanations[runner.name] = Object.fromEntries(mutants.map((mutant) => [`${mutant.location.start.line}:${mutant.location.start.column} ${mutant.replacement}`, mutant.statusReason]));
      } finally {
        await project.remove();
      }
    }
    const vitest = verdicts['vitest']!;
    // Every kind of verdict is among them, so that agreeing means something.
    expect(new Set(Object.values(vitest))).toEqual(new Set(['Killed', 'Survived', 'NoCoverage', 'Timeout']));
    expect(Object.keys(vitest).length).toBeGreaterThan(20);
    expect(verdicts['jest']).toEqual(vitest);
    expect(verdicts['node:test']).toEqual(vitest);
    // The probes saw the same values in every runner: the same explanation of each survivor.
    const boundary = explanations['vitest']!['4:7 age > LIMITS.adult'];
    expect(boundary).toMatch(/^Tests gave \(`age`, `LIMITS.adult`\) = \(12, 18\), \(30, 18\): the original and the mutant agree on both\. `age` = 18 \(with `LIMITS.adult` = 18\) tells them apart/);
    expect(explanations['jest']).toEqual(explanations['vitest']);
    expect(explanations['node:test']).toEqual(explanations['vitest']);
  });
});
