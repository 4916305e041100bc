// Which pool runs each vitest project's tests in a mutation session, and how a session reaches each
// pool's replays: vitest 4 and 5 take mutate's kept-alive pool through their pool API; vitest 3 has
// none, and gets mutate's vitest 3 pool as a file it loads (for the projects it can serve).
import { join } from 'node:path';
import { UserError } from '@mutate/core/runner';
import type { TestProject } from 'vitest/node';
import { keptAlivePool, type KeptAliveKind, type KeptAlivePool } from './kept-alive-pool.js';
import type { ProjectVitest } from './resolve-vitest.js';
import type { ServedFile } from './serve-plugin.js';
import { vitest3Pool } from './vitest3-pool.js';

/** A kept-alive pool's replay of a file's run (`replay.ts`, `vitest3-runtime.ts`). */
export type Replay = NonNullable<KeptAlivePool['replay']>;

/**
 * A kept-alive pool for each project, of the kind its own pool is: threads for `threads` and
 * `vmThreads`, child processes for `forks` (vitest's default) and `vmForks`. MUTATE_FRESH_THREADS=1
 * starts a new worker for every run, to check that kept-alive workers change no verdict.
 */
export function keptAlivePools(vitestWorkerUrl: string, projects: readonly TestProject[], replays: Map<string, Replay>): KeptAlivePool[] {
  const options = process.env['MUTATE_FRESH_THREADS'] === '1' ? { runsPerWorker: 1 } : {};
  const pools = new Map<KeptAliveKind, KeptAlivePool>();
  for (const project of projects) {
    const config = project.config as { pool: string; poolRunner?: unknown };
    const kind = poolKind(config.pool);
    if (!kind) {
      const name = project.name ? `vitest project '${project.name}'` : 'the vitest project';
      throw new UserError(`${name} runs its tests in the pool '${config.pool}', which mutate cannot drive; it drives vitest's threads, forks, vmThreads and vmForks pools`, 'input');
    }
    let pool = pools.get(kind);
    if (!pool) pools.set(kind, (pool = keptAlivePool(vitestWorkerUrl, { ...options, kind })));
    if (pool.replay) replays.set(project.name, pool.replay);
    // What vitest does with a pool object in the config (`pool: { name, createPoolWorker }`).
    config.pool = pool.name;
    config.poolRunner = pool;
  }
  return [...pools.values()];
}

function poolKind(pool: string): KeptAliveKind | undefined {
  if (pool === 'threads' || pool === 'vmThreads') return 'threads';
  if (pool === 'forks' || pool === 'vmForks') return 'forks';
  return undefined;
}

/**
 * vitest 3 loads a custom pool from a file (`pool: 'path'`), through its own module runner: the file
 * is served from memory and hands over to this thread's pool factory. Only projects in the node
 * environment with vitest's default isolation get it (a DOM environment, `isolate: false`,
 * environment or pool globs keep vitest's pool: slower, the same verdicts).
 */
export function vitest3Pools(projectVitest: ProjectVitest, root: string, projects: readonly TestProject[], served: Map<string, ServedFile>, replays: Map<string, Replay>): KeptAlivePool[] {
  const pools: KeptAlivePool[] = [];
  const poolOfKind = new Map<KeptAliveKind, KeptAlivePool>();
  const poolFile = (kind: KeptAliveKind) => join(root, '__mutate__', `vitest3-pool-${kind}.mjs`);
  for (const kind of ['threads', 'forks'] as const) {
    served.set(poolFile(kind), { code: `export default (vitest, options) => globalThis[Symbol.for(${JSON.stringify(`${VITEST3_POOL}.${kind}`)})](vitest, options);\n` });
  }
  // vitest 3 asks for the pool again at every run (its cache of custom pools lives in one run): one
  // pool serves them all, or no thread would outlive a run.
  for (const kind of ['threads', 'forks'] as const) {
    let pool: ReturnType<typeof vitest3Pool> | undefined;
    (globalThis as Record<symbol, unknown>)[Symbol.for(`${VITEST3_POOL}.${kind}`)] = (vitest: never, options: { env: Record<string, string | undefined> }) => {
      if (!pool) pools.push((pool = vitest3Pool(vitest, kind, projectVitest.node.createMethodsRPC as never, options.env)));
      poolOfKind.set(kind, pool);
      return pool;
    };
  }
  for (const project of projects) {
    const config = project.config as unknown as Record<string, unknown> & { pool: string; environment?: string; poolOptions?: Record<string, { isolate?: boolean }> };
    const isolated = (config.poolOptions?.[config.pool]?.isolate ?? config['isolate'] ?? true) !== false;
    const globs = ['environmentMatchGlobs', 'poolMatchGlobs'].some((key) => (config[key] as unknown[] | undefined)?.length);
    const transformModes = Object.values((config['testTransformMode'] as Record<string, unknown[]> | undefined) ?? {}).some((list) => list?.length);
    const kind = config.pool;
    if ((kind === 'threads' || kind === 'forks') && isolated && (config.environment ?? 'node') === 'node' && !globs && !transformModes) {
      config.pool = poolFile(kind);
      // The pool is made at the first run, when vitest asks for it: until then, nothing to replay on.
      replays.set(project.name, async (...args) => poolOfKind.get(kind)?.replay?.(...args));
    }
  }
  return pools;
}

const VITEST3_POOL = 'mutate.vitest3Pool';
