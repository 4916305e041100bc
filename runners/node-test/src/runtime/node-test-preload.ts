// Loaded first (`--import`) in the process mutate starts for one test file (`run-file.ts`): makes
// the process load the instrumented copies of the sources (`resolveToSandbox`), installs the
// switchboard they read (`switchboard.ts`), hands the tests node:test wrapped (`wrap-node-test.ts`)
// however they import it, and writes what it saw as the process exits. Does nothing in a process
// that a test starts (the settings leave the environment here); those load `child-preload.js`.
import { mkdirSync, writeFileSync } from 'node:fs';
import Module, { createRequire, register, syncBuiltinESMExports } from 'node:module';
import { dirname } from 'node:path';
import { CHILD_ENV, childPreloadUrl, resolveToSandbox } from '@mutate/child-processes/in-child';
import { RUN_ENV, type FileRunSettings } from '../run-protocol.js';
import { Switchboard } from './switchboard.js';
import { wrapNodeTest } from './wrap-node-test.js';
import { WRAPPED_KEY } from './wrapped-key.js';

const raw = process.env[RUN_ENV];
if (raw) {
  delete process.env[RUN_ENV];
  start(JSON.parse(raw) as FileRunSettings);
}

function start(settings: FileRunSettings): void {
  const switchboard = new Switchboard(settings);
  (globalThis as Record<string, unknown>)[settings.switchboard] = switchboard.api();
  const children = switchboard.childSettings();
  if (children) {
    process.env['NODE_OPTIONS'] = [process.env['NODE_OPTIONS'], `--import=${childPreloadUrl}`].filter(Boolean).join(' ');
    process.env[CHILD_ENV] = JSON.stringify(children);
  }
  process.on('exit', () => {
    mkdirSync(dirname(settings.report), { recursive: true });
    writeFileSync(settings.report, JSON.stringify(switchboard.report()));
  });
  endWithRunner();
  resolveToSandbox(settings.root, settings.sandbox);
  installWrapped(wrapNodeTest(createRequire(import.meta.url)('node:test') as Parameters<typeof wrapNodeTest>[0], switchboard));
}

/**
 * The runner holds this process's stdin open while it waits for it: if it closes first, the runner
 * is gone (an interrupted run, a terminated worker), and this process and those its tests started
 * (its process group) end rather than run on unwatched. Watching keeps nothing alive.
 */
function endWithRunner(): void {
  const stdin = process.stdin as NodeJS.ReadStream & { unref?: () => void };
  stdin.on('end', () => process.kill(-process.pid, 'SIGKILL'));
  stdin.on('error', () => undefined);
  stdin.resume();
  stdin.unref?.();
}

/**
 * The wrapped node:test, for every way a test file gets it: `import test from 'node:test'` (its
 * default export is the `test` function itself, which no patching reaches: a resolution hook,
 * `node-test-hooks.ts`, hands out a module of the wrapped exports instead), named ES imports
 * (the built-in module's exports, synced), and `require('node:test')`.
 */
function installWrapped(wrapped: Record<string, unknown>): void {
  (globalThis as Record<symbol, unknown>)[WRAPPED_KEY] = wrapped;
  const builtin = createRequire(import.meta.url)('node:test') as Record<string, unknown>;
  for (const name of ['test', 'it', 'describe', 'suite']) if (name in builtin) builtin[name] = wrapped[name];
  syncBuiltinESMExports();
  const exportNames = Object.keys(wrapped).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  register(new URL('./node-test-hooks.js', import.meta.url), { data: { exportNames } });
  const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = loader._load;
  loader._load = function (request, ...rest) {
    return request === 'node:test' ? wrapped : load.call(this, request, ...rest);
  };
}
