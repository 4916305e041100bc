import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus, corpusFiles, sampleOf } from './support/corpus-oracle.mjs';

/**
 * Oracle 4: real code. mutate instruments third-party sources (npm packages that ship them, pinned in
 * test/corpus); every instrumented file must compile with esbuild and parse with Babel, every mutant
 * applied alone must parse, and generation must not throw. This is a fixed sample, every 20th file of
 * each extension; `npm run corpus` checks the whole corpus.
 */
const EVERY = 20;

describe('oracle 4: instrumenting real third-party sources', () => {
  it('gives code esbuild and Babel accept, and mutants that parse applied alone', async () => {
    const all = corpusFiles();
    const sample = sampleOf(all, EVERY);
    expect(all.length).toBeGreaterThanOrEqual(3000);
    expect(new Set(sample.map((file) => path.extname(file)))).toEqual(new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.jsx']));

    const summary = await checkCorpus(sample);
    const failures = summary.failures.map((result) => `${result.file}\n  ${result.problems.join('\n  ')}`);
    expect(failures).toEqual([]);
    // Checked, not skipped: the sample holds real code with many mutants.
    expect(summary.files).toBeGreaterThan(0.9 * sample.length);
    expect(summary.mutants).toBeGreaterThan(5000);
  });
});
