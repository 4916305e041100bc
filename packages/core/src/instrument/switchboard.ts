// What instrumented code expects at run time, for the instrumenter and the runners alike (no imports:
// runners load it through `@mutate/core/runner`).

/**
 * The name of the run-time switchboard object on `globalThis`. The runner sets `active` to the id of
 * the mutant under test, and swaps `cover` and `hit` to record coverage in the dry run and count
 * executions of the active mutant (to end hot loops).
 */
export const SWITCHBOARD = '__mutate';

/**
 * Makes sure the switchboard exists even where no runner set one up (a file imported outside a test run):
 * no mutant active, probes that do nothing.
 */
export const SWITCHBOARD_HEADER = `globalThis.${SWITCHBOARD} ??= { active: 0, cover() {}, hit() {} };\n`;
