import path from 'node:path';
import { noSourceFiles } from '../discover.js';
import type { Mutant, SourceFile } from '../types.js';

/**
 * Leaves out the files the test runner runs as tests (absolute paths), whatever their names
 * (`*.test-d.ts` type tests, anything in a project's `include`), with their mutants. The mutants
 * left are numbered again from 1 in the same order, so ids stay stable and dense.
 */
export function withoutTestFiles(
  root: string,
  patterns: readonly string[],
  files: readonly SourceFile[],
  mutants: readonly Mutant[],
  testFiles: Iterable<string>,
): { files: SourceFile[]; mutants: Mutant[] } {
  const tests = new Set([...testFiles].map((file) => path.resolve(file)));
  const isTest = (file: string) => tests.has(path.resolve(root, file));
  const kept = files.filter((file) => !isTest(file.path));
  if (kept.length === 0) throw noSourceFiles(root, patterns);
  if (kept.length === files.length) return { files: [...files], mutants: [...mutants] };
  return { files: kept, mutants: mutants.filter((mutant) => !isTest(mutant.file)).map((mutant, index) => ({ ...mutant, id: index + 1 })) };
}
