// What instrumented code expects at run time, for the instrumenter and the runners alike (no imports:
// runners load it through `@mutate/core/runner`).

/**
 * The name of the run-time switchboard object on `globalThis`. The runner sets `active` to the id of
 * the mutant under test, and swaps `cover` and `hit` to record coverage in the dry run and count
 * executions of the active mutant (to end hot loops).
 */
export const SWITCHBOARD = switchboardName(globalThis.process?.env['MUTATE_SWITCHBOARD']);

/**
 * `MUTATE_SWITCHBOARD` names it otherwise, for mutate testing itself: the mutate its end-to-end tests
 * start has switchboards of its own (`__mutate`) in the same processes as the one under test.
 */
function switchboardName(name: string | undefined): string {
  if (name === undefined || name === '') return '__mutate';
  if (!/^__mutate\w*$/.test(name)) throw new Error(`MUTATE_SWITCHBOARD must be an identifier starting with __mutate, not ${JSON.stringify(name)}`);
  return name;
}

/**
 * Explanation probes come in layers: the switchboard's `active` set to a layer's value switches on
 * every probe of that layer at once (and no mutant). Probes behave as the original, so the survivors
 * of one explain run can share it; but where two probes overlap, the outer one (or the first of one
 * expression) runs in place of the other, so no two probes of a layer overlap (`explain/probe-layers.ts`).
 * Far below any id; a number, as `active` crosses process boundaries as JSON.
 */
const PROBE_LAYER_BASE = -1_000_000_000;

/** The `active` of the probe layer of `depth` (how many probed expressions enclose it) and `index` (its place among the probes of one expression). */
export function probeLayerActive(depth: number, index: number): number {
  return PROBE_LAYER_BASE - (depth * 1000 + index);
}

/** `active` switches on a layer of probes, not one mutant or probe. */
export function isProbeLayer(active: number): boolean {
  return active <= PROBE_LAYER_BASE;
}

/**
 * Makes sure the switchboard exists even where no runner set one up (a file imported outside a test run):
 * no mutant active, probes that do nothing.
 */
export const SWITCHBOARD_HEADER = `globalThis.${SWITCHBOARD} ??= { active: 0, cover() {}, hit() {} };\n`;
