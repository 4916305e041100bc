// The dry run, shared among the lab's workers: each runs a part of the test files in its own warm
// runner, as vitest itself shares files among its workers, and the parts' results are joined.
import type { DryRunResult } from '../runner.js';

/**
 * The test files in at most `parts` groups of about equal weight (`weightOf`, e.g. the file's size:
 * a test file's tests take time roughly as they take lines), heaviest first into the lightest
 * group. No empty group; each group keeps the files' given order.
 */
export function splitTestFiles(files: readonly string[], parts: number, weightOf: (file: string) => number): string[][] {
  const groups = Array.from({ length: Math.max(1, Math.min(parts, files.length)) }, () => ({ files: new Set<string>(), weight: 0 }));
  const heaviestFirst = files.map((file) => ({ file, weight: weightOf(file) })).toSorted((a, b) => b.weight - a.weight);
  for (const { file, weight } of heaviestFirst) {
    const lightest = groups.reduce((best, group) => (group.weight < best.weight ? group : best));
    lightest.files.add(file);
    lightest.weight += weight;
  }
  return groups.filter((group) => group.files.size > 0).map((group) => files.filter((file) => group.files.has(file)));
}

/** One dry run from the parts' runs of disjoint test files: as if one runner had run them all. */
export function joinDryRuns(parts: readonly DryRunResult[]): DryRunResult {
  if (parts.length === 1) return parts[0]!;
  const coverCounts: Record<number, number> = {};
  for (const part of parts) {
    for (const [id, count] of Object.entries(part.coverCounts)) coverCounts[Number(id)] = (coverCounts[Number(id)] ?? 0) + count;
  }
  const notices = [...new Set(parts.flatMap((part) => part.notices ?? []))];
  return {
    tests: parts.flatMap((part) => part.tests),
    staticCovered: Object.assign({}, ...parts.map((part) => part.staticCovered)) as DryRunResult['staticCovered'],
    loadedFiles: Object.assign({}, ...parts.map((part) => part.loadedFiles ?? {})) as NonNullable<DryRunResult['loadedFiles']>,
    coverCounts,
    failures: parts.flatMap((part) => part.failures),
    // The parts ran at the same time.
    durationMs: Math.max(...parts.map((part) => part.durationMs)),
    ...(notices.length > 0 ? { notices } : {}),
  };
}

