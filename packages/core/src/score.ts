import type { MutantStatus } from './types.js';

export interface Score {
  readonly counts: Readonly<Record<MutantStatus, number>>;
  /** (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), in percent; undefined with nothing to score. */
  readonly score: number | undefined;
  /** The same without NoCoverage: how well the code the tests run is checked. */
  readonly coveredScore: number | undefined;
}

/** Counts by status and the scores; only statuses are read, so reports and results both fit. */
export function scoreOf(results: readonly { readonly status: MutantStatus }[]): Score {
  const counts: Record<MutantStatus, number> = { Killed: 0, Survived: 0, NoCoverage: 0, Timeout: 0, RuntimeError: 0, CompileError: 0, Ignored: 0, Pending: 0 };
  for (const result of results) counts[result.status] += 1;
  const detected = counts.Killed + counts.Timeout;
  const percent = (total: number) => (total === 0 ? undefined : (100 * detected) / total);
  return { counts, score: percent(detected + counts.Survived + counts.NoCoverage), coveredScore: percent(detected + counts.Survived) };
}

/** A score as the console and reports show it. */
export function formatPercent(value: number | undefined): string {
  return value === undefined ? 'n/a' : `${value.toFixed(2)}%`;
}
