// `@mutate/child-processes`: what any runner needs so that the Node processes tests start (a CLI
// they spawn, a script they fork) run the instrumented sources: the sandbox of instrumented copies,
// the preload those processes load (`preloadUrl`), the settings it reads and the reports it writes.
export { ChildSandbox } from './child-sandbox.js';
export { CHILD_ENV, HIT_LIMIT_MESSAGE_IN_CHILD, type ChildReport, type ChildSettings } from './child-settings.js';
export { sandboxPaths, type SandboxPaths } from './child-sandbox-paths.js';
export { builtFilesOf } from './built-output.js';

/** The preload's file URL, for `--import` in `NODE_OPTIONS`. */
export const preloadUrl: string = new URL('./child-preload.js', import.meta.url).href;
