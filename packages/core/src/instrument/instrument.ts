import { basename } from 'node:path';
import MagicString, { type SourceMap } from 'magic-string';
import type { Mutant, Placement, SourceFile } from '../types.js';
import { PROBE_HEADER } from '../explain/probe-runtime.js';
import { probeLayers } from '../explain/probe-layers.js';
import { SWITCHBOARD, SWITCHBOARD_HEADER } from './switchboard.js';

export { SWITCHBOARD, SWITCHBOARD_HEADER } from './switchboard.js';

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
 * of the mutants inside it. The switches are built from the outside in (`switchTree`), so that a
 * statement switch never lands inside an expression one. Ignored mutants get no switch.
 *
 * A mutant's explanation probe (`explain/`) is a mutant of its own with the negative id: active, it
 * behaves as the original and records what flows through it. It is also on with its probe layer
 * (`probe-layers.ts`), which the explain pass switches on to run many probes at once.
 */
export function instrumentFile(file: SourceFile, mutants: readonly Mutant[]): InstrumentedFile {
  const text = new MagicString(file.text);
  const switched = mutants.filter((mutant) => mutant.file === file.path && mutant.ignoreReason === undefined);
  const roots = switchTree(groupByPlacement(switched));
  const layers = probeLayers(switched.filter(isProbe));
  // Outer switches first: at one offset, each later prefix goes after (inside) the ones already
  // there (appendRight), each later suffix before them (prependLeft).
  const wrap = (node: SwitchNode, guard: boolean) => {
    const { prefix, suffix } = switchText(node, guard, layers);
    if (node.start === node.end) {
      // An empty range: a suffix before the offset would land ahead of the prefix after it.
      text.appendRight(node.start, prefix + suffix);
    } else {
      text.appendRight(node.start, prefix);
      text.prependLeft(node.end, suffix);
    }
    // Only the outermost switch at an offset can need the guard: whatever is inside it follows its own text.
    for (const child of node.children) wrap(child, child.start !== node.start && needsGuard(child));
  };
  for (const root of roots) wrap(root, needsGuard(root));
  if (roots.length > 0) text.prependRight(headerOffset(file.text), SWITCHBOARD_HEADER + (switched.some(isProbe) ? PROBE_HEADER : ''));
  return {
    code: text.toString(),
    // A map's sources are resolved from the directory of the file it maps: the file's own name, or
    // stack traces would point at src/src/a.ts.
    map: text.generateMap({ hires: true, source: basename(file.path), includeContent: true }),
  };
}

interface PlacementGroup {
  readonly kind: Placement['kind'];
  readonly start: number;
  readonly end: number;
  readonly ids: number[];
  readonly codes: string[];
  /** Set when any placement of the group starts a statement in a statement list. */
  startsStatement: boolean;
}

interface SwitchNode extends PlacementGroup {
  readonly children: SwitchNode[];
}

/** Mutants switched at the same place share one wrapper and one coverage probe. */
function groupByPlacement(mutants: readonly Mutant[]): PlacementGroup[] {
  const groups = new Map<string, PlacementGroup>();
  for (const mutant of mutants) {
    const { kind, start, end, code, startsStatement } = mutant.placement;
    const key = `${kind}:${start}:${end}`;
    const group = groups.get(key) ?? { kind, start, end, ids: [], codes: [], startsStatement: false };
    group.ids.push(mutant.id);
    group.codes.push(code);
    group.startsStatement ||= startsStatement === true;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Statement-level switches (`if … else`) go outside expression switches of the same range: an
 * expression statement without `;` has the range of its expression, and a statement inside an
 * expression does not parse.
 */
const NESTING_ORDER: Record<Placement['kind'], number> = { block: 0, statement: 1, expression: 2 };

/**
 * The placements as a tree by containment, outermost first: each switch holds the switches whose
 * range lies inside its own (placements are node ranges, so two of them nest or are disjoint).
 */
function switchTree(groups: readonly PlacementGroup[]): SwitchNode[] {
  const sorted = groups.toSorted(
    (a, b) => a.start - b.start || b.end - a.end || NESTING_ORDER[a.kind] - NESTING_ORDER[b.kind] || a.ids[0]! - b.ids[0]!,
  );
  const roots: SwitchNode[] = [];
  const open: SwitchNode[] = [];
  for (const group of sorted) {
    const node: SwitchNode = { ...group, children: [] };
    while (open.length > 0 && open.at(-1)!.end < node.end) open.pop();
    (open.at(-1)?.children ?? roots).push(node);
    open.push(node);
  }
  return roots;
}

/**
 * An expression switch that begins a statement starts with `(`, which the line above could swallow
 * as a call (no semicolon, ASI): a leading `;` ends that line first. A statement switch begins with
 * `if`, which cannot continue an expression.
 */
function needsGuard(node: SwitchNode): boolean {
  if (node.kind !== 'expression') return false;
  for (let current: SwitchNode | undefined = node; current?.start === node.start; current = current.children[0]) {
    if (current.startsStatement) return true;
  }
  return false;
}

function switchText(node: SwitchNode, guard: boolean, probeLayers: ReadonlyMap<number, number>): { prefix: string; suffix: string } {
  const { ids, codes } = node;
  const active = `${SWITCHBOARD}.active`;
  // A probe is not a mutant: the dry run's coverage is of the mutants only.
  const cover = `${SWITCHBOARD}.cover(${ids.filter((id) => id > 0).join(', ')})`;
  const hit = `${SWITCHBOARD}.hit()`;
  // A probe (negative id) is on by its own id, or with the rest of its layer.
  const isOn = (id: number) => (id > 0 ? `${active} === ${id}` : `(${active} === ${id} || ${active} === ${probeLayers.get(id)})`);
  if (node.kind === 'expression') {
    const branches = ids.map((id, i) => `${isOn(id)} ? (${hit}, (${codes[i]})) : `).join('');
    return { prefix: `${guard ? ';' : ''}(${branches}(${cover}, `, suffix: '))' };
  }
  // Statements and block contents. A newline before the closing brace ends a trailing `//` comment.
  const branches = ids.map((id, i) => `if (${isOn(id)}) { ${hit}; ${codes[i]}\n} else `).join('');
  return { prefix: `${branches}{ ${cover}; `, suffix: '\n}' };
}

/** After a hashbang line and the directive prologue (`'use strict'`), which must stay first. */
function headerOffset(source: string): number {
  const prologue = /^(?:#![^\n]*\n)?(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(?:(?:'[^'\n]*'|"[^"\n]*")\s*;?(?:[ \t]*(?:\/\/[^\n]*)?\n|\s)*)*/;
  return prologue.exec(source)![0].length;
}

/** An explanation probe (`explain/probe-shape.ts`), switched on by the negative of its mutant's id. */
export function isProbe(mutant: Pick<Mutant, 'id'>): boolean {
  return mutant.id < 0;
}
