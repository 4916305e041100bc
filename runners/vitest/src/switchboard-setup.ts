import { join } from 'node:path';
import { SWITCHBOARD } from '@mutate/core/runner';
import { CHILD_ENV } from '@mutate/child-processes';

/** What the runner tells the switchboard before each run, through vitest's `provide`/`inject`. */
export interface SwitchboardOptions {
  readonly active: number;
  readonly hitLimit: number;
  /** Dry run only: count how often each mutant's original code runs, and record what each test file loads. */
  readonly dryRun: boolean;
  /** When vitest cannot select tests by id: the switchboard skips every other test of the file. */
  readonly onlyTests?: readonly string[];
  /** Mutant runs: once a test fails the mutant is killed, so the file's remaining tests are skipped. */
  readonly bail: boolean;
  /**
   * The selected tests, when the suites that hold none of them need not be collected (`lazy-collection.ts`):
   * their \`describe\` callbacks are not run, and they stay in the file's tree, empty and skipped.
   */
  readonly collectOnly?: readonly string[];
  /** Count the file's tests by suite (`META.collected`): the session does not know them yet. */
  readonly countTests?: boolean;
  /**
   * A new worker's first run, before a mutant's: the same tests with no mutant active, whose
   * results the worker keeps to itself. It passes (the dry run passed), so the state it ends in
   * is the clean reference the worker keeps to from then on (`StateKeeper`).
   */
  readonly warmUp?: boolean;
  /**
   * Node processes a test starts (a CLI it spawns) run the instrumented copies of the sources in a
   * sandbox, with this test's switchboard (`child-preload.ts`), and report back what they reached.
   */
  readonly children?: ChildProcessOptions;
}

export interface ChildProcessOptions {
  /** `child-preload.js`'s file URL, for `--import`. */
  readonly preload: string;
  readonly root: string;
  readonly sandbox: string;
  /** Under it, a directory per test for the reports of the processes it starts. */
  readonly reports: string;
}

export const PROVIDE_KEY = 'mutate';

/** The switchboard's options a run was given, read from vitest's provided context (a worker's `ctx`). */
export function switchboardOptionsOf(context: { readonly providedContext?: unknown }): SwitchboardOptions | undefined {
  return (context.providedContext as Record<string, SwitchboardOptions | undefined> | undefined)?.[PROVIDE_KEY];
}
export const HIT_LIMIT_MESSAGE = 'mutate: the mutant ran more often than its hit limit (an endless loop?)';

/** The keys of a test's and a file's `meta` where the switchboard leaves what it saw. */
export const META = {
  covered: 'mutateCovered',
  staticCovered: 'mutateStatic',
  coverCounts: 'mutateCoverCounts',
  hitLimit: 'mutateHitLimit',
  /** Dry run: the files the test file's module graph reached (absolute paths), shared modules included. */
  loaded: 'mutateLoaded',
  /**
   * Runs with `countTests`, on the first test that runs: how many tests the file holds, as collected
   * in this run, by the suite right above them (its place, as in a test id past the file's id; ''
   * for the file).
   */
  collected: 'mutateCollected',
  /** Mutant runs: the mutant's code ran by the end of this test. */
  reached: 'mutateReached',
  /**
   * Dry run: how many of the test's milliseconds its thread's event loop sat idle (a real timer,
   * I/O): a run of such tests keeps a core busy for a fraction of its time.
   */
  idle: 'mutateIdle',
  /** How many Node processes the test started that ran under mutate's preload (`child-preload.ts`). */
  childProcesses: 'mutateChildProcesses',
} as const;

/**
 * Set on `globalThis` when a test fails in this thread: the kept-alive worker then knows that state a
 * failing test left behind may be about (its drift check, `worker-state.ts`).
 */
export const FAILED_FLAG = '__mutateTestFailed';

/**
 * The setup file vitest runs in its test worker before each test file. It installs the switchboard
 * the instrumented code reads (`globalThis.__mutate`) and records, per test, the mutants it reached.
 * It imports the project's own vitest by URL, so it works with whatever version the project has,
 * and uses only `beforeEach`/`afterEach`/`afterAll` with a context object, which vitest 3, 4 and 5 agree on.
 */
export function switchboardSource(vitestEntryUrl: string, vitestSuiteUrl: string | undefined): string {
  return `import { afterAll, afterEach, beforeAll, beforeEach, inject } from ${JSON.stringify(vitestEntryUrl)};
import { performance as nodePerformance } from 'node:perf_hooks';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as vitestEntry from ${JSON.stringify(vitestEntryUrl)};
${vitestSuiteUrl ? `import * as vitestSuite from ${JSON.stringify(vitestSuiteUrl)};` : 'const vitestSuite = undefined;'}

const options = inject(${JSON.stringify(PROVIDE_KEY)});
const staticCovered = new Set();
const coverCounts = new Map();
let current;
let loopAtStart;
let hits = 0;
let overLimit = false;

globalThis[${JSON.stringify(SWITCHBOARD)}] = {
  active: options.active,
  cover(...ids) {
    const target = current ?? staticCovered;
    for (const id of ids) {
      target.add(id);
      if (options.dryRun) coverCounts.set(id, (coverCounts.get(id) ?? 0) + 1);
    }
  },
  hit() {
    if (++hits > options.hitLimit) {
      overLimit = true;
      throw new Error(${JSON.stringify(HIT_LIMIT_MESSAGE)});
    }
  },
};

const onlyTests = options.onlyTests && new Set(options.onlyTests);
let failed = false;
let file;
let childReports;
let childEnv;
if (options.children) startChildProcessesOf(options.children);

collectOnlySuitesOf(options.collectOnly);

// Before the file's tests run (they are all collected by then), the tests this run did not select
// leave the file's tree, with the suites they empty: vitest then never prepares, hooks, skips nor
// reports them one by one, which in a file of hundreds of tests cost more than the test that runs.
// What vitest does with a selection by id (4.1+) or by line. Not when no selected test is in the
// file (a mutant removed them): the file must still pass as it is, never fail with "no test found".
// No parameters: vitest 4.1+ checks a hook's first parameter for fixtures and passes the suite
// second; vitest 3 passes it first. It is the last either way.
let collected;
beforeAll(function () {
  const suite = arguments[arguments.length - 1];
  if (!suite || suite.file !== suite) return;
  if (options.countTests) collected = testsBySuite(suite);
  if (!onlyTests) return;
  const keep = (task) => task.type === 'test' ? onlyTests.has(task.id) : !Array.isArray(task.tasks) || task.tasks.some(keep);
  if (!suite.tasks.some(keep)) return;
  const prune = (parent) => {
    parent.tasks = parent.tasks.filter(keep);
    for (const task of parent.tasks) if (Array.isArray(task.tasks)) prune(task);
  };
  prune(suite);
});

// Hooks take their context as an object pattern: in a file with \`test.extend\` fixtures, vitest
// rejects any other first parameter.
beforeEach(({ task, skip }) => {
  if (onlyTests && !onlyTests.has(task.id)) return skip();
  if (options.bail && failed) return skip();
  current = new Set();
  // The worker's own event loop (a thread's in a thread): its idle time is this test's waiting.
  if (options.dryRun) loopAtStart = nodePerformance.eventLoopUtilization();
});

afterEach(({ task }) => {
  file = task.file;
  // Only a test that started a Node process leaves its report there.
  if (childReports && existsSync(childReports)) task.meta.${META.childProcesses} = collectChildReports();
  if (task.result?.state === 'fail') {
    failed = true;
    globalThis.${FAILED_FLAG} = true;
    // Bail: every test and suite of the file not started yet is skipped by vitest as it comes to it,
    // without its hooks and test context.
    if (options.bail) skipNotStarted(task.file);
    // Under a mutant only the message matters: an empty \`stacks\` spares vitest's main thread from
    // reading and source-mapping every file on the stack (the costliest step of a killed run).
    if (options.bail) for (const error of task.result.errors ?? []) error.stacks = [];
  }
  task.meta.${META.covered} = [...(current ?? [])];
  current = undefined;
  if (loopAtStart) task.meta.${META.idle} = Math.round(nodePerformance.eventLoopUtilization(loopAtStart).idle);
  loopAtStart = undefined;
  // The file's own meta: what ran outside any test so far (module load, hooks), and the counts.
  task.file.meta.${META.staticCovered} = [...staticCovered];
  if (options.dryRun) task.file.meta.${META.coverCounts} = Object.fromEntries(coverCounts);
  if (overLimit) task.meta.${META.hitLimit} = true;
  if (collected) task.meta.${META.collected} = collected;
  collected = undefined;
  if (hits > 0 && !options.dryRun) task.meta.${META.reached} = true;
});

afterAll(() => {
  if (options.dryRun && file) file.meta.${META.loaded} = loadedBy(file.filepath);
  if (childEnv) restoreChildEnv();
});

// A Node process a test of this file starts loads mutate's preload first (\`child-preload.ts\`,
// through NODE_OPTIONS): it runs the instrumented copies of the sources with this switchboard's
// mutant, and reports, as it exits, into a directory of this file's run, which the test reads after it.
function startChildProcessesOf(children) {
  childReports = children.reports + '/' + process.pid + '-' + Math.random().toString(36).slice(2);
  childEnv = { NODE_OPTIONS: process.env.NODE_OPTIONS, ${CHILD_ENV}: process.env.${CHILD_ENV} };
  process.env.NODE_OPTIONS = [childEnv.NODE_OPTIONS, '--import=' + children.preload].filter(Boolean).join(' ');
  process.env.${CHILD_ENV} = JSON.stringify({ active: options.active, hitLimit: options.hitLimit, reports: childReports, root: children.root, sandbox: children.sandbox, switchboard: ${JSON.stringify(SWITCHBOARD)} });
}

function restoreChildEnv() {
  for (const [name, value] of Object.entries(childEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
}

/** What the test's processes reported, added to the test's own: how many there were. */
function collectChildReports() {
  let reports = [];
  try {
    reports = readdirSync(childReports).map((name) => JSON.parse(readFileSync(childReports + '/' + name, 'utf8')));
  } catch {}
  rmSync(childReports, { recursive: true, force: true });
  for (const report of reports) {
    for (const [id, count] of Object.entries(report.coverCounts)) {
      current?.add(Number(id));
      if (options.dryRun) coverCounts.set(Number(id), (coverCounts.get(Number(id)) ?? 0) + count);
    }
    if (report.reached) hits += 1;
    if (report.overLimit) overLimit = true;
  }
  return reports.length;
}

function testsBySuite(file) {
  const counts = {};
  const visit = (task) => {
    if (task.type !== 'test') return (task.tasks ?? []).forEach(visit);
    const place = task.id.slice(task.id.indexOf('_') + 1);
    const suite = place.includes('_') ? place.slice(0, place.lastIndexOf('_')) : '';
    counts[suite] = (counts[suite] ?? 0) + 1;
  };
  visit(file);
  return counts;
}

function skipNotStarted(suite) {
  for (const task of suite.tasks) {
    if (task.result) {
      if (Array.isArray(task.tasks)) skipNotStarted(task);
    } else if (task.mode === 'run' || task.mode === 'queued') task.mode = 'skip';
  }
}

// Lazy collection (\`lazy-collection.ts\`): while the test file loads and vitest collects it, each suite
// (a \`describe\`) is known by its place in its parent, as vitest numbers tests (a test's id is its
// file's id and the places of its suites and itself, joined by "_"). A suite that holds none of the
// selected tests is collected as an empty, skipped suite, its callback never run: it keeps its
// place, so every other test keeps its id. The file's own collector lives as long as the worker
// (vitest reuses it for every file): what a previous run put on it goes first.
function collectOnlySuitesOf(ids) {
  const getCurrentSuite = vitestEntry.TestRunner?.getCurrentSuite ?? vitestSuite?.getCurrentSuite;
  const root = getCurrentSuite?.();
  if (!root || !Array.isArray(root.tasks)) return;
  delete root.tasks.push;
  if (!ids?.length) return;
  const fileId = ids[0].slice(0, ids[0].indexOf('_'));
  const wanted = new Set();
  for (const id of ids) {
    if (!fileId || !id.startsWith(fileId + '_')) return;
    const places = id.slice(fileId.length + 1).split('_');
    for (let i = 1; i < places.length; i++) wanted.add(places.slice(0, i).join('_'));
  }
  const watch = (tasks, path) => {
    tasks.push = function (...added) {
      for (const task of added) {
        const place = path === '' ? String(this.length) : path + '_' + this.length;
        Array.prototype.push.call(this, task);
        if (task?.type === 'collector' && typeof task.collect === 'function') guard(task, place);
      }
      return this.length;
    };
  };
  const guard = (collector, path) => {
    const collect = collector.collect;
    collector.collect = wanted.has(path)
      ? function (file) {
          watch(collector.tasks, path);
          return collect.call(this, file);
        }
      : async function (file) {
          const suite = collector.suite;
          suite.file = file;
          suite.tasks = [];
          suite.mode = 'skip';
          suite.containsTest = false;
          return suite;
        };
  };
  watch(root.tasks, '');
}

// Every module the test file's imports reach, followed through the worker's module graph: with
// \`isolate: false\` a module shared by several test files is evaluated once, for the first of them,
// yet its module-level code shapes what every one of them sees.
function loadedBy(testFile) {
  const state = globalThis.__vitest_worker__;
  const graph = state?.evaluatedModules;
  const seen = new Set();
  const files = new Set();
  if (graph?.fileToModulesMap) {
    // vitest 4 and 5: Vite's module runner.
    const visit = (node) => {
      if (!node || seen.has(node.id)) return;
      seen.add(node.id);
      if (node.file) files.add(node.file);
      for (const id of node.imports ?? []) visit(graph.getModuleById(id));
    };
    for (const node of graph.fileToModulesMap.get(testFile) ?? []) visit(node);
  } else if (state?.moduleCache) {
    // vitest 3: vite-node's module cache, keyed by file path.
    const visit = (path) => {
      if (seen.has(path)) return;
      seen.add(path);
      files.add(path);
      for (const imported of state.moduleCache.get(path)?.imports ?? []) visit(imported);
    };
    visit(testFile);
  }
  return [...files];
}
`;
}

/**
 * Where the switchboard is served from: a path in the project that exists only in memory (the
 * session serves its text like an instrumented file), so nothing is written to disk for it.
 */
export function switchboardPath(root: string): string {
  return join(root, '__mutate__', 'switchboard-setup.mjs');
}
