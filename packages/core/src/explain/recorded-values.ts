import type { Observation, Recorded } from './probe-records.js';

// Comparing values as the probes recorded them (summaries, not the values themselves).

export function byOperands(a: Observation, b: Observation): number {
  for (let index = 0; index < Math.min(a.operands.length, b.operands.length); index++) {
    const order = compareRecorded(a.operands[index]!, b.operands[index]!);
    if (order !== 0) return order;
  }
  return 0;
}

/** Numbers by value, then strings, then the rest by their summary. */
function compareRecorded(a: Recorded, b: Recorded): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' ? -1 : 1;
  const left = JSON.stringify(a);
  const right = JSON.stringify(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

export function isNotEvaluated(recorded: Recorded): boolean {
  return recorded !== null && typeof recorded === 'object' && recorded.$ === 'not evaluated';
}

/** Known to differ: summaries that cannot stand for the same value (two objects of one class, or two arrays of one length, may). */
export function differs(observation: Observation): boolean {
  if (observation.threw !== undefined) return true;
  const { original, mutant } = observation;
  if (mutant === undefined || sameRecorded(original, mutant)) return false;
  if (isShape(original) && isShape(mutant) && original.$ === mutant.$) {
    if (original.$ === 'array' || original.$ === 'string') return (original as { length: number }).length !== (mutant as { length: number }).length;
    return original.$ === 'object' ? (original as { name: string }).name !== (mutant as { name: string }).name : false;
  }
  return true;
}

function isShape(recorded: Recorded): recorded is Extract<Recorded, { $: 'object' | 'array' | 'function' | 'string' | 'symbol' }> {
  return recorded !== null && typeof recorded === 'object' && ['object', 'array', 'function', 'string', 'symbol'].includes(recorded.$);
}

export function sameRecorded(a: Recorded, b: Recorded): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
