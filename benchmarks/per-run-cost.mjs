#!/usr/bin/env node
// What one vitest run costs, through the Node API a mutation tool uses: the median time of
// `vitest.runTestSpecifications()` for one test file and for the whole suite, with vitest's
// built-in `threads` and `forks` pools and with mutate's kept-alive pool.
//
//   node benchmarks/per-run-cost.mjs [--project examples/pricing] [--file test/money.test.ts] [--runs 100] [--warmup 5]
//
// A mutation run is mostly such runs, one or more per mutant, so this per-run cost (not the tests'
// own time) is what sets a tool's speed on small, fast suites. Every configuration gets the same
// options as mutate's session: one worker, no watcher, no reporter output.
//
// This file must stay inside the repository: `vitest/node`, `vitest/worker` and
// `@mutate/vitest-runner` resolve up the tree to the root node_modules (benchmarks/ installs no vitest).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createVitest } from 'vitest/node';
import { keptAlivePool } from '@mutate/vitest-runner';

const repoRoot = path.resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({
  options: {
    project: { type: 'string', default: path.join(repoRoot, 'examples/pricing') },
    file: { type: 'string', default: 'test/money.test.ts' },
    runs: { type: 'string', default: '100' },
    warmup: { type: 'string', default: '5' },
  },
});
const root = path.resolve(options.project);
const runs = Number(options.runs);
const warmup = Number(options.warmup);

const pools = [
  { name: '`threads` (built-in, isolate)', pool: () => ({ pool: 'threads' }) },
  { name: '`forks` (built-in, isolate)', pool: () => ({ pool: 'forks' }) },
  // For reference: vitest's own way to skip per-file set-up. Test files then share modules, which a
  // mutation tool cannot accept (a file's state would leak into the next); vitest still starts a new
  // thread for each run.
  { name: '`threads`, `isolate: false`', pool: () => ({ pool: 'threads', isolate: false }) },
  // The pool starts the project's own vitest runtime: here the root's, the one createVitest comes from.
  { name: "mutate's kept-alive pool", pool: () => ({ pool: keptAlivePool(import.meta.resolve('vitest/worker')) }) },
];

const rows = [];
for (const { name, pool } of pools) {
  console.error(`${name}: ${warmup} + ${runs} runs each of one file and of the suite …`);
  rows.push({ name, ...(await measure(pool())) });
}

console.log(`project: ${root} (${rows[0].testFiles} test files, ${rows[0].tests} tests; one file: ${options.file}, ${rows[0].fileTests} tests)`);
console.log(`vitest ${rows[0].version}, Node ${process.versions.node}, ${runs} timed runs after ${warmup} untimed, maxWorkers 1\n`);
console.log('| pool | one file: median | p10–p90 | whole suite: median | p10–p90 |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${ms(r.file.median)} | ${ms(r.file.p10)}–${ms(r.file.p90)} | ${ms(r.suite.median)} | ${ms(r.suite.p10)}–${ms(r.suite.p90)} |`);

async function measure({ pool, ...poolOptions }) {
  const vitest = await createVitest('test', {
    root,
    watch: false,
    // An empty reporter object: with `reporters: []` vitest 4 falls back to its default reporter.
    reporters: [{}],
    maxWorkers: 1,
    pool,
    ...poolOptions,
  });
  try {
    const suite = await vitest.globTestSpecifications();
    const file = suite.filter((s) => path.relative(root, s.moduleId) === path.normalize(options.file));
    if (file.length !== 1) throw new Error(`${options.file} is not one of the project's test files`);
    const fileResult = await timeRuns(vitest, file);
    const suiteResult = await timeRuns(vitest, suite);
    return { file: fileResult.stats, suite: suiteResult.stats, testFiles: suite.length, tests: suiteResult.tests, fileTests: fileResult.tests, version: vitest.version };
  } finally {
    await vitest.close();
    await pool?.dispose?.();
  }
}

/** Untimed warm-up runs (module transforms get cached, the JIT warms), then timed ones; every run must pass. */
async function timeRuns(vitest, specifications) {
  const times = [];
  let tests = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const started = performance.now();
    const { testModules } = await vitest.runTestSpecifications(specifications);
    const elapsed = performance.now() - started;
    if (i >= warmup) times.push(elapsed);
    // `testModules` is every module this instance ever ran: keep this run's.
    const ran = testModules.filter((m) => specifications.some((s) => s.moduleId === m.moduleId));
    const failed = ran.filter((m) => !m.ok());
    if (failed.length) throw new Error(`a test failed in ${failed.map((m) => m.moduleId).join(', ')}: the measurement needs a passing suite`);
    tests = ran.reduce((n, m) => n + [...m.children.allTests()].length, 0);
  }
  process.exitCode = 0;
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { stats: { median: at(0.5), p10: at(0.1), p90: at(0.9) }, tests };
}

function ms(value) {
  return `${value.toFixed(1)} ms`;
}
