// How a path in the project maps to its instrumented copy in the sandbox (`child-sandbox.ts`) and
// back. Node built-ins only: it runs in the child processes tests start, too.
import { relative, resolve, sep } from 'node:path';

export interface SandboxPaths {
  /** The instrumented copy of a project file, if it has one. */
  instrumented(path: string): string | undefined;
  /** The project file a sandbox copy stands for; undefined for a path outside the sandbox. */
  original(path: string): string | undefined;
}

/** `exists` tells which files have a copy (only files with mutants do); asked once per file. */
export function sandboxPaths(root: string, sandbox: string, exists: (path: string) => boolean): SandboxPaths {
  const copies = new Map<string, string | undefined>();
  const inside = (path: string, dir: string) => path.startsWith(dir + sep);
  return {
    instrumented(path) {
      if (!inside(path, root) || inside(path, sandbox)) return undefined;
      if (!copies.has(path)) {
        const copy = resolve(sandbox, relative(root, path));
        copies.set(path, exists(copy) ? copy : undefined);
      }
      return copies.get(path);
    },
    original: (path) => (inside(path, sandbox) ? resolve(root, relative(sandbox, path)) : undefined),
  };
}
