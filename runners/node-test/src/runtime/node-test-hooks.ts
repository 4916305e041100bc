// Module resolution hooks (`module.register`, Node's hooks thread) in a test file's process:
// `node:test` resolves to a module that exports the wrapped node:test the preload made
// (`node-test-preload.ts`), default export included, under the built-in's export names.
import { WRAPPED_KEY } from './wrapped-key.js';

let wrappedModule: string | undefined;

export function initialize(data: { exportNames: readonly string[] }): void {
  const source = [
    `const wrapped = globalThis[Symbol.for(${JSON.stringify(WRAPPED_KEY.description)})];`,
    'export default wrapped;',
    `export const { ${data.exportNames.join(', ')} } = wrapped;`,
  ].join('\n');
  wrappedModule = `data:text/javascript,${encodeURIComponent(source)}`;
}

type NextResolve = (specifier: string, context?: unknown) => Promise<{ url: string; format?: string | null }>;

export async function resolve(specifier: string, context: unknown, nextResolve: NextResolve): Promise<{ url: string; format?: string | null; shortCircuit?: boolean }> {
  if (specifier === 'node:test' && wrappedModule) return { url: wrappedModule, format: 'module', shortCircuit: true };
  return nextResolve(specifier, context);
}
