import type { Plugin, ViteDevServer } from 'vite';

/** A file's text as vitest should see it, in place of what is on disk. */
export interface ServedFile {
  readonly code: string;
  /** A source map back to the file on disk, so stack traces and coverage point at the user's lines. */
  readonly map?: unknown;
}

/**
 * A Vite plugin that hands vitest the given text for the given files (absolute paths) instead of
 * reading them from disk: instrumented or mutated code reaches the tests in memory, and the user's
 * files are never written. It runs before Vite's own TypeScript transform, so served TypeScript is
 * compiled as usual. Change the map and invalidate the module to serve something else.
 */
export function servePlugin(served: ReadonlyMap<string, ServedFile>): Plugin {
  return {
    name: 'mutate:serve',
    enforce: 'pre',
    load(id) {
      return loadServed(served, id);
    },
  };
}

type LoadHook = (id: string, ...rest: unknown[]) => Promise<unknown>;

/**
 * The same as `servePlugin`, for a Vite server that already exists: each of vitest's projects has a
 * server of its own, made from the project's config, which a plugin given to `createVitest` never
 * reaches. The served text comes first in each environment's plugin container (Vite 6+; the
 * server-wide container of Vite 5), as from a `pre` plugin.
 */
export function serveInServer(server: ViteDevServer, served: ReadonlyMap<string, ServedFile>): void {
  const environments = Object.values((server as { environments?: Record<string, { pluginContainer?: unknown }> }).environments ?? {});
  const containers = environments.length > 0 ? environments.map((environment) => environment.pluginContainer) : [server.pluginContainer];
  for (const container of containers as { load: LoadHook }[]) {
    const load = container.load.bind(container);
    container.load = async (id, ...rest) => loadServed(served, id) ?? load(id, ...rest);
  }
}

function loadServed(served: ReadonlyMap<string, ServedFile>, id: string): { code: string; map: never } | null {
  const file = served.get(stripQuery(id));
  return file ? { code: file.code, map: file.map as never } : null;
}

function stripQuery(id: string): string {
  const query = id.indexOf('?');
  return query === -1 ? id : id.slice(0, query);
}
