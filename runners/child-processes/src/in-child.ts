// `@mutate/child-processes/in-child`: what a runner's own preload needs inside the test's process
// (Node built-ins only, unlike the package's main entry, which makes the sandbox with tinyglobby
// and the project's esbuild): loading the sandbox's copies, and the settings and reports of the
// processes that process starts in turn.
export { resolveToSandbox } from './sandbox-resolution.js';
export { takeChildReports } from './child-reports.js';
export { CHILD_ENV, HIT_LIMIT_MESSAGE_IN_CHILD, type ChildReport, type ChildSettings } from './child-settings.js';

/** `child-preload.js`'s file URL, for `--import` in `NODE_OPTIONS` of the processes a test starts. */
export const childPreloadUrl: string = new URL('./child-preload.js', import.meta.url).href;
