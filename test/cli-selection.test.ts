import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { tempVitestProject, type TempProject } from './support/temp-project.js';

let project: TempProject | undefined;
afterEach(async () => {
  await project?.remove();
  project = undefined;
});

describe('test selection', () => {
  it('calls a mutant that empties the table its covering tests are made from Survived, and says why', async () => {
    project = await tempVitestProject({
      'src/codes.ts': "export const VALID_CODES = ['a', 'b'];\nexport const isValid = (code: string) => VALID_CODES.includes(code);\n",
      'test/codes.test.ts': `import { expect, it } from 'vitest';
import { isValid, VALID_CODES } from '../src/codes.js';
it.each(VALID_CODES)('accepts %s', (code) => {
  expect(isValid(code)).toBe(true);
});
`,
    });
    const result = await project.mutate('run', '--concurrency', '1', '--reporters', 'json');
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(project.dir, 'reports/mutation/mutation.json'), 'utf8')) as MutationTestResult;
    const emptied = report.files['src/codes.ts']!.mutants.find((mutant) => mutant.mutatorName === 'ArrayDeclaration' && mutant.replacement === '[]')!;
    // With no codes there is no test, and the suite passes: a real gap, which the report explains.
    expect(emptied.status, emptied.statusReason).toBe("Survived");
    expect(emptied.statusReason).toMatch(/the mutant removed tests that cover it \(2 of 2 in .*codes\.test\.ts\)/);
  });
});
