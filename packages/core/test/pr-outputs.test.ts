import { githubAnnotations } from '@mutate/core';
import type { MutationTestResult } from 'mutation-testing-report-schema';
import { describe, expect, it } from 'vitest';

const at = (line: number, column: number, endColumn: number) => ({ start: { line, column }, end: { line, column: endColumn } });

const report: MutationTestResult = {
  schemaVersion: '2',
  thresholds: { high: 80, low: 60 },
  files: {
    'src/a,b.ts': {
      language: 'typescript',
      source: 'const ok = a > b && c;\nlog("50%: done");\n',
      mutants: [
        { id: '1', mutatorName: 'EqualityOperator', replacement: 'a >= b', location: at(1, 12, 17), status: 'Survived' },
        { id: '2', mutatorName: 'LogicalOperator', replacement: 'a > b || c', location: at(1, 12, 22), status: 'Survived' },
        { id: '3', mutatorName: 'ConditionalExpression', replacement: 'true', location: at(1, 12, 17), status: 'Killed' },
        { id: '4', mutatorName: 'StringLiteral', replacement: '""', location: at(2, 5, 16), status: 'Survived' },
      ],
    },
  },
};

describe('githubAnnotations', () => {
  it('gives one annotation per line, counting the others, escaped as GitHub wants', () => {
    expect(githubAnnotations(report)).toEqual([
      '::warning file=src/a%2Cb.ts,line=1,endLine=1,title=EqualityOperator::Survived mutant: `a > b` → `a >= b` and no test failed (and 1 more surviving mutant on this line).',
      '::warning file=src/a%2Cb.ts,line=2,endLine=2,title=StringLiteral::Survived mutant: `"50%25: done"` → `""` and no test failed.',
    ]);
  });
});
