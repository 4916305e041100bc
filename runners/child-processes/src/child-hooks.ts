// Node's module resolution hooks (`module.register`) in a child process a test started: a source
// file with mutants resolves to its instrumented copy in the sandbox (`child-sandbox.ts`), and what
// an instrumented copy imports resolves as it would from the file itself. Loaded by `child-preload.ts`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sandboxPaths, type SandboxPaths } from './child-sandbox-paths.js';

let paths: SandboxPaths | undefined;

export function initialize(data: { root: string; sandbox: string }): void {
  paths = sandboxPaths(data.root, data.sandbox, existsSync);
}

interface ResolveContext {
  readonly parentURL?: string;
  readonly conditions?: readonly string[];
}
type NextResolve = (specifier: string, context?: ResolveContext) => Promise<{ url: string; format?: string | null }>;

export async function resolve(specifier: string, context: ResolveContext, nextResolve: NextResolve): Promise<{ url: string; format?: string | null }> {
  if (!paths) return nextResolve(specifier, context);
  const parent = context.parentURL?.startsWith('file:') ? paths.original(fileURLToPath(context.parentURL)) : undefined;
  const resolved = await nextResolve(specifier, parent ? { ...context, parentURL: pathToFileURL(parent).href } : context);
  if (!resolved.url.startsWith('file:')) return resolved;
  const copy = paths.instrumented(fileURLToPath(resolved.url));
  return copy ? { ...resolved, url: pathToFileURL(copy).href } : resolved;
}
