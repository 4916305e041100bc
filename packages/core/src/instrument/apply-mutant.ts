import type { Mutant } from '../types.js';

/** The source text with one mutant applied directly: what a user would write by hand. The oracle for switching. */
export function applyMutant(source: string, mutant: Pick<Mutant, 'range' | 'replacement'>): string {
  const [start, end] = mutant.range;
  return source.slice(0, start) + mutant.replacement + source.slice(end);
}
