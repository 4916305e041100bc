// Loaded first (`--import`, through NODE_OPTIONS) in every Node process a test starts while mutate
// runs it: a CLI the test spawns, a script it forks. Such a process reads the project's sources from
// disk, where mutate never writes; here it finds the instrumented copies instead (`child-sandbox.ts`),
// with the switchboard of the test that started it: the mutant under test is active, and the
// mutants the process reached, and whether it ran one past its hit limit, go back to that test
// (the switchboard, `switchboard-setup.ts`) in a file of the reports directory, written as the
// process exits. Node built-ins only, here and in what it imports: the child may run any Node the
// project's tests start, from any directory.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CHILD_ENV, HIT_LIMIT_MESSAGE_IN_CHILD, type ChildReport, type ChildSettings } from './child-settings.js';
import { resolveToSandbox } from './sandbox-resolution.js';

const raw = process.env[CHILD_ENV];
if (raw) start(JSON.parse(raw) as ChildSettings);

function start(settings: ChildSettings): void {
  const coverCounts: Record<number, number> = {};
  let hits = 0;
  let overLimit = false;
  (globalThis as Record<string, unknown>)[settings.switchboard ?? '__mutate'] = {
    active: settings.active,
    cover(...ids: number[]) {
      for (const id of ids) coverCounts[id] = (coverCounts[id] ?? 0) + 1;
    },
    hit() {
      // The dry run's limit, Infinity, is null once in JSON.
      if (++hits > (settings.hitLimit ?? Number.POSITIVE_INFINITY)) {
        overLimit = true;
        throw new Error(HIT_LIMIT_MESSAGE_IN_CHILD);
      }
    },
  };
  process.on('exit', () => {
    const report: ChildReport = { coverCounts, reached: hits > 0, overLimit };
    try {
      mkdirSync(settings.reports, { recursive: true });
      // A worker thread of the process runs this preload too, and reports for itself.
      writeFileSync(join(settings.reports, `${process.pid}-${threadId}.json`), JSON.stringify(report));
    } catch {
      // The test that started this process has ended and its reports with it: nothing to tell.
    }
  });

  resolveToSandbox(settings.root, settings.sandbox);
}
