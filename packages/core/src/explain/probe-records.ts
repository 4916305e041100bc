import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToGroup } from '../collections.js';

/**
 * A value as a probe recorded it (`probe-runtime.ts`): a short string, a finite number, a boolean and
 * null as themselves; everything else as a tagged summary.
 */
export type Recorded =
  | string
  | number
  | boolean
  | null
  | { readonly $: 'undefined' | 'NaN' | 'Infinity' | '-Infinity' | '-0' | 'symbol' | 'not evaluated' }
  | { readonly $: 'bigint'; readonly value: string }
  | { readonly $: 'string'; readonly start: string; readonly length: number }
  | { readonly $: 'function'; readonly name: string }
  | { readonly $: 'array'; readonly length: number }
  | { readonly $: 'object'; readonly name: string };

/** One evaluation of a mutated expression in the tests, as its probe saw it. */
export interface Observation {
  readonly operands: readonly Recorded[];
  readonly original: Recorded;
  /** What the mutant gives for the same operands, where the probe could compute it safely. */
  readonly mutant?: Recorded;
  /** The mutant throws for these operands (the error's name). */
  readonly threw?: string;
}

export interface ProbeRecords {
  /** Every different observation, by mutant id. */
  readonly observations: Map<number, Observation[]>;
  /** The mutants whose probe saw more different observations than it kept (`OBSERVATION_CAP` of each kind). */
  readonly sampled: Set<number>;
}

/** What the probes of a lab wrote to their files. */
export function readProbeRecords(dir: string): ProbeRecords {
  const byMutant = new Map<number, Observation[]>();
  const sampled = new Set<number>();
  const seen = new Set<string>();
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
  } catch {
    return { observations: byMutant, sampled };
  }
  for (const name of files.sort()) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      if (line === '' || seen.has(line)) continue;
      seen.add(line);
      let record: { id: number; more?: true } & Observation;
      try {
        record = JSON.parse(line) as typeof record;
      } catch {
        continue; // a line cut short by a process killed mid-write
      }
      const { id, more, ...observation } = record;
      if (more) sampled.add(-id);
      else addToGroup(byMutant, -id, observation);
    }
  }
  return { observations: byMutant, sampled };
}
