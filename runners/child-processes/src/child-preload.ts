// Loaded first (`--import`, through NODE_OPTIONS) in every Node process a test starts while mutate
// runs it: a CLI the test spawns, a script it forks. Such a process reads the project's sources from
// disk, where mutate never writes; here it finds the instrumented copies instead (`child-sandbox.ts`),
// with the switchboard of the test that started it: the mutant under test is active, and the
// mutants the process reached, and whether it ran one past its hit limit, go back to that test
// (the switchboard, `switchboard-setup.ts`) in a file of the reports directory, written as the
// process exits. Node built-ins only, here and in what it imports: the child may run any Node the
// project's tests start, from any directory.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import Module, * as nodeModule from 'node:module';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { CHILD_ENV, HIT_LIMIT_MESSAGE_IN_CHILD, type ChildReport, type ChildSettings } from './child-settings.js';
import { sandboxPaths } from './child-sandbox-paths.js';

const raw = process.env[CHILD_ENV];
if (raw) start(JSON.parse(raw) as ChildSettings);

function start(settings: ChildSettings): void {
  const coverCounts: Record<number, number> = {};
  let hits = 0;
  let overLimit = false;
  (globalThis as Record<string, unknown>)['__mutate'] = {
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

  // ES modules: resolution hooks (Node 20.6+), in Node's hooks thread; an older Node a test starts runs the sources as they are.
  nodeModule.register?.(new URL('./child-hooks.js', import.meta.url), { data: { root: settings.root, sandbox: settings.sandbox } });

  // CommonJS `require`, which those hooks do not reach before Node 22: the same mapping, on the CommonJS loader.
  const paths = sandboxPaths(settings.root, settings.sandbox, existsSync);
  type Resolver = (request: string, parent: { filename?: string | null; paths?: string[] } | undefined, ...rest: unknown[]) => string;
  const loader = Module as unknown as { _resolveFilename: Resolver; _nodeModulePaths(from: string): string[] };
  const resolveFilename = loader._resolveFilename;
  loader._resolveFilename = function (request, parent, ...rest) {
    const parentOriginal = parent?.filename ? paths.original(parent.filename) : undefined;
    const from = parentOriginal ? Object.assign(Object.create(parent!) as object, { filename: parentOriginal, paths: loader._nodeModulePaths(dirname(parentOriginal)) }) : parent;
    const resolved = resolveFilename.call(this, request, from as typeof parent, ...rest);
    return paths.instrumented(resolved) ?? resolved;
  };
}
