import { discoverSourceFiles } from './discover.js';
import { withoutTestFiles } from './filter/test-files.js';
import { generateMutants } from './generate/generate-mutants.js';
import type { Mutator } from './mutator.js';
import type { Mutant, SourceFile } from './types.js';

export interface FoundMutants {
  readonly files: SourceFile[];
  readonly mutants: Mutant[];
  /** Disable comments that name no known mutator, and the like. */
  readonly warnings: string[];
  /** Every file the globs matched, test files included (relative paths): what a stored dry run compares. */
  readonly discovered: string[];
}

/**
 * The files to mutate and their mutants, as `mutate run` and `mutate list` both see them (so both
 * give the same ids): the files the globs match, minus those the test runner runs as tests
 * (`testFiles`, absolute paths, awaited only after the mutants are made, so a runner reading its
 * config and the generator can overlap).
 */
export async function findMutants(root: string, patterns: readonly string[], mutators: readonly Mutator[], testFiles: Promise<Iterable<string>>): Promise<FoundMutants> {
  const discovered = await discoverSourceFiles(root, patterns);
  const { mutants, warnings } = generateMutants(discovered, mutators);
  const kept = withoutTestFiles(root, patterns, discovered, mutants, await testFiles);
  const keptPaths = new Set(kept.files.map((file) => file.path));
  // Warnings start with the file they are about (`file:line: …`).
  return { ...kept, warnings: warnings.filter((warning) => keptPaths.has(warning.slice(0, warning.indexOf(':')))), discovered: discovered.map((file) => file.path) };
}
