import MagicString, { type SourceMap } from 'magic-string';
import type { Mutant, Placement, SourceFile } from '../types.js';

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

export interface InstrumentedFile {
  readonly code: string;
  readonly map: SourceMap;
}

/**
 * One instrumented copy of a file holding every given mutant behind a run-time switch (mutation switching):
 *
 *     expression: (__mutate.active === 7 ? (__mutate.hit(), (a >= b)) : (__mutate.cover(7), a > b))
 *     statement:  if (__mutate.active === 9) { __mutate.hit(); ; } else { __mutate.cover(9); f(); }
 *
 * The original text stays in place, so the source map back to the original is exact. Switches nest:
 * the replacement code of a switch is original text only, while the original branch holds the switches
 * of the mutants inside it. Ignored mutants get no switch.
 */
export function instrumentFile(file: SourceFile, mutants: readonly Mutant[]): InstrumentedFile {
  const text = new MagicString(file.text);
  const groups = groupByPlacement(mutants.filter((mutant) => mutant.file === file.path && mutant.ignoreReason === undefined));
  // Innermost first: a wrapper added later at the same offset goes outside the ones already there.
  groups.sort((a, b) => a.placement.end - a.placement.start - (b.placement.end - b.placement.start) || a.ids[0]! - b.ids[0]!);
  for (const { placement, ids, codes } of groups) {
    const { prefix, suffix } = switchText(placement, ids, codes);
    text.prependRight(placement.start, prefix);
    text.appendLeft(placement.end, suffix);
  }
  if (groups.length > 0) text.prependRight(headerOffset(file.text), SWITCHBOARD_HEADER);
  return {
    code: text.toString(),
    map: text.generateMap({ hires: true, source: file.path, includeContent: true }),
  };
}

interface PlacementGroup {
  placement: Placement;
  ids: number[];
  codes: string[];
}

/** Mutants switched at the same place share one wrapper and one coverage probe. */
function groupByPlacement(mutants: readonly Mutant[]): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  for (const mutant of mutants) {
    const { kind, start, end } = mutant.placement;
    const key = `${kind}:${start}:${end}`;
    const group = groups.get(key) ?? { placement: mutant.placement, ids: [], codes: [] };
    group.ids.push(mutant.id);
    group.codes.push(mutant.placement.code);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function switchText(placement: Placement, ids: readonly number[], codes: readonly string[]): { prefix: string; suffix: string } {
  const active = `${SWITCHBOARD}.active`;
  const cover = `${SWITCHBOARD}.cover(${ids.join(', ')})`;
  const hit = `${SWITCHBOARD}.hit()`;
  if (placement.kind === 'expression') {
    const branches = ids.map((id, i) => `${active} === ${id} ? (${hit}, (${codes[i]})) : `).join('');
    return { prefix: `${placement.startsStatement ? ';' : ''}(${branches}(${cover}, `, suffix: '))' };
  }
  // Statements and block contents. A newline before the closing brace ends a trailing `//` comment.
  const branches = ids.map((id, i) => `if (${active} === ${id}) { ${hit}; ${codes[i]}\n} else `).join('');
  return { prefix: `${branches}{ ${cover}; `, suffix: '\n}' };
}

/** After a hashbang line and the directive prologue (`'use strict'`), which must stay first. */
function headerOffset(source: string): number {
  const prologue = /^(?:#![^\n]*\n)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(?:'[^'\n]*'|"[^"\n]*")\s*;?(?:[ \t]*(?:\/\/[^\n]*)?\n|\s)*)*/;
  return prologue.exec(source)![0].length;
}
