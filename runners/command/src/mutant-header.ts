// The command runner has no hold on the processes its command starts, nor on the realms their tests
// run in (jest's vm contexts have a global of their own): the mutant under test is written into
// the instrumented file itself. Its switchboard header, which otherwise leaves `globalThis.__mutate`
// to a runner, becomes a module-local switchboard with that mutant active.
import { SWITCHBOARD, SWITCHBOARD_HEADER } from '@mutate/core/runner';

export const HIT_LIMIT_MESSAGE = 'mutate: the mutant ran more often than its hit limit (an endless loop?)';

/**
 * `code` (an instrumented file) with `mutantId` active, its executions counted up to `hitLimit`.
 * `var` shadows the global in an ES module and a CommonJS one alike, and is hoisted above any use.
 */
export function withActiveMutant(code: string, mutantId: number, hitLimit: number): string {
  const limit = Number.isFinite(hitLimit) ? hitLimit : 'Infinity';
  const header = `var ${SWITCHBOARD} = { active: ${mutantId}, hits: 0, cover() {}, hit() { if (++this.hits > ${limit}) throw new Error(${JSON.stringify(HIT_LIMIT_MESSAGE)}); } };\n`;
  return code.replace(SWITCHBOARD_HEADER, header);
}

/** The ids of the mutants an instrumented file holds, from its coverage probes (`__mutate.cover(3, 4)`). */
export function mutantIdsIn(code: string): number[] {
  const ids: number[] = [];
  for (const match of code.matchAll(new RegExp(`${SWITCHBOARD}\\.cover\\(([\\d, ]+)\\)`, 'g'))) {
    for (const id of match[1]!.split(',')) ids.push(Number(id.trim()));
  }
  return [...new Set(ids)].sort((a, b) => a - b);
}
