// Makes the running Node process load the instrumented copies in the sandbox (`child-sandbox.ts`)
// in place of the project's files: ES module resolution hooks (`child-hooks.ts`) and, for
// `require`, a patch of the CommonJS resolver. Used by every preload that runs in a process the
// tests run in (`child-preload.ts`, a runner's own). Node built-ins only.
import { existsSync } from 'node:fs';
import Module, * as nodeModule from 'node:module';
import { dirname } from 'node:path';
import { sandboxPaths } from './child-sandbox-paths.js';

export function resolveToSandbox(root: string, sandbox: string): void {
  // ES modules: resolution hooks (Node 20.6+), in Node's hooks thread; an older Node a test starts runs the sources as they are.
  nodeModule.register?.(new URL('./child-hooks.js', import.meta.url), { data: { root, sandbox } });

  // CommonJS `require`, which those hooks do not reach before Node 22: the same mapping, on the CommonJS loader.
  const paths = sandboxPaths(root, sandbox, existsSync);
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
