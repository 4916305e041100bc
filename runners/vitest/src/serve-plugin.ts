import type { Plugin } from 'vite';

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
      const file = served.get(stripQuery(id));
      return file ? { code: file.code, map: file.map as never } : null;
    },
  };
}

function stripQuery(id: string): string {
  const query = id.indexOf('?');
  return query === -1 ? id : id.slice(0, query);
}
