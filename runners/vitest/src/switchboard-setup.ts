import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the runner tells the switchboard before each run, through vitest's `provide`/`inject`. */
export interface SwitchboardOptions {
  readonly active: number;
  readonly hitLimit: number;
  /** Dry run only: count how often each mutant's original code runs. */
  readonly countCovers: boolean;
  /** vitest 3 cannot select tests by id: the switchboard skips every other test of the file. */
  readonly onlyTests?: readonly string[];
  /** Mutant runs: once a test fails the mutant is killed, so the file's remaining tests are skipped. */
  readonly bail: boolean;
}

export const PROVIDE_KEY = 'mutate';
export const HIT_LIMIT_MESSAGE = 'mutate: the mutant ran more often than its hit limit (an endless loop?)';

/** The keys of a test's and a file's `meta` where the switchboard leaves what it saw. */
export const META = { covered: 'mutateCovered', staticCovered: 'mutateStatic', coverCounts: 'mutateCoverCounts', hitLimit: 'mutateHitLimit' } as const;

/**
 * The setup file vitest runs in its test worker before each test file. It installs the switchboard
 * the instrumented code reads (`globalThis.__mutate`) and records, per test, the mutants it reached.
 * It imports the project's own vitest by URL, so it works with whatever version the project has,
 * and uses only `beforeEach`/`afterEach` with a context object, which vitest 3, 4 and 5 agree on.
 */
function setupSource(vitestEntryUrl: string): string {
  return `import { afterEach, beforeEach, inject } from ${JSON.stringify(vitestEntryUrl)};

const options = inject(${JSON.stringify(PROVIDE_KEY)});
const staticCovered = new Set();
const coverCounts = new Map();
let current;
let hits = 0;
let overLimit = false;

globalThis.__mutate = {
  active: options.active,
  cover(...ids) {
    const target = current ?? staticCovered;
    for (const id of ids) {
      target.add(id);
      if (options.countCovers) coverCounts.set(id, (coverCounts.get(id) ?? 0) + 1);
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

beforeEach((context) => {
  if (onlyTests && !onlyTests.has(context.task.id)) return context.skip();
  if (options.bail && failed) return context.skip();
  current = new Set();
});

afterEach(({ task }) => {
  if (task.result?.state === 'fail') {
    failed = true;
    // Under a mutant only the message matters: an empty \`stacks\` spares vitest's main thread from
    // reading and source-mapping every file on the stack (the costliest step of a killed run).
    if (options.bail) for (const error of task.result.errors ?? []) error.stacks = [];
  }
  task.meta.${META.covered} = [...(current ?? [])];
  current = undefined;
  // The file's own meta: what ran outside any test so far (module load, hooks), and the counts.
  task.file.meta.${META.staticCovered} = [...staticCovered];
  if (options.countCovers) task.file.meta.${META.coverCounts} = Object.fromEntries(coverCounts);
  if (overLimit) task.meta.${META.hitLimit} = true;
});
`;
}

/** Writes the setup file to a fresh temp directory (never into the user's project) and returns its path. */
export function writeSwitchboardSetup(vitestEntryUrl: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mutate-vitest-'));
  const file = join(dir, 'switchboard-setup.mjs');
  writeFileSync(file, setupSource(vitestEntryUrl));
  return file;
}
