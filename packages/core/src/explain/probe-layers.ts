import { probeLayerActive } from '../instrument/switchboard.js';
import type { Placement } from '../types.js';

/**
 * The probe layer of each probe of one file (the switchboard's `active` that switches it on with the
 * rest of its layer): its depth (how many other probed expressions enclose it) and its index among
 * the probes of its own expression. Two probes of a layer never overlap: one enclosing the other is
 * deeper, two of one expression differ in index. The instrumenter and the explain pass compute it
 * alike, from the probes alone, whatever their order.
 */
export function probeLayers(probes: readonly { readonly id: number; readonly placement: Pick<Placement, 'start' | 'end'> }[]): Map<number, number> {
  // Outer first: by start, then the longer; within one expression, by id.
  const ordered = probes.toSorted((a, b) => a.placement.start - b.placement.start || b.placement.end - a.placement.end || Math.abs(a.id) - Math.abs(b.id));
  const layers = new Map<number, number>();
  const open: { start: number; end: number }[] = [];
  let index = 0;
  for (const [i, probe] of ordered.entries()) {
    const { start, end } = probe.placement;
    const previous = ordered[i - 1]?.placement;
    if (previous?.start === start && previous.end === end) {
      index += 1;
    } else {
      index = 0;
      // The expressions still open here are the ones that enclose this one.
      while (open.length > 0 && !(open.at(-1)!.start <= start && end <= open.at(-1)!.end)) open.pop();
      open.push({ start, end });
    }
    layers.set(probe.id, probeLayerActive(open.length - 1, index));
  }
  return layers;
}
