// npm run corpus: the instrumenter's real-world oracle over the whole corpus of third-party sources
// (test/corpus); `npm test` runs a fixed sample of it (test/oracles/corpus.test.ts). Prints every
// failure, then the figure: files, mutants, invalid files, invalid mutants, time. Exits 1 on any failure.
//
//   npm run corpus                # the whole corpus
//   npm run corpus -- --every 20  # the sample npm test runs (every 20th file of each extension)
//   npm run corpus -- zod/src     # only files whose path contains this text
//   npm run corpus -- --exact     # parse each mutant applied alone in its whole file (slower)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkCorpus, corpusFiles, sampleOf } from '../test/oracles/support/corpus-oracle.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
execFileSync('node', [path.join(root, 'scripts', 'install-test-deps.mjs'), '--corpus-only'], { stdio: 'inherit' });

const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const step = everyAt === -1 ? 1 : Number(args.splice(everyAt, 2)[1]);
const exactAt = args.indexOf('--exact');
const exact = exactAt !== -1 && args.splice(exactAt, 1).length > 0;
const filters = args;
const all = corpusFiles();
const files = sampleOf(all, step).filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)));

const byExtension = {};
for (const file of files) byExtension[path.extname(file)] = (byExtension[path.extname(file)] ?? 0) + 1;
console.log(`corpus: ${files.length} of ${all.length} files (${Object.entries(byExtension).map(([ext, n]) => `${n} ${ext}`).join(', ')})`);

const summary = await checkCorpus(files, (result) => {
  if (result.problems.length === 0) return;
  console.log(`\n${result.file}`);
  for (const problem of result.problems.slice(0, 5)) console.log(`  ${problem}`);
  if (result.problems.length > 5) console.log(`  ... and ${result.problems.length - 5} more`);
}, { exact });

const percent = (part, whole) => (whole === 0 ? '0' : ((100 * part) / whole).toFixed(2));
console.log(
  `\n${summary.files} files (${summary.skipped} skipped: not valid source), ${summary.mutants} mutants; ` +
    `invalid files: ${summary.invalidFiles} (${percent(summary.invalidFiles, summary.files)}%), ` +
    `invalid mutants: ${summary.invalidMutants} (${percent(summary.invalidMutants, summary.mutants)}%); ` +
    `${(summary.durationMs / 1000).toFixed(1)} s`,
);
process.exit(summary.failures.length === 0 ? 0 : 1);
