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

/** Each test file's time in a dry run: its tests' durations summed. */
export function testFileTimes(dryRun: DryRunResult): ReadonlyMap<string, number> {
  const times = new Map<string, number>();
  for (const test of dryRun.tests) times.set(test.file, (times.get(test.file) ?? 0) + test.durationMs);
  return times;
}

/** What a test file costs besides its tests' own time (loading it, collecting its tests), in ms. */
const FILE_OVERHEAD_MS = 20;

/**
 * How to weigh test files for `splitTestFiles`: by their time in an earlier dry run when it knows
 * most of them (a file it does not know weighs as the median of those it does), else by `sizeOf`
 * (a file's tests take time roughly as they take lines; sleeping tests are where that fails).
 */
export function testFileWeights(files: readonly string[], earlierTimes: ReadonlyMap<string, number> | undefined, sizeOf: (file: string) => number): (file: string) => number {
  const known = files.filter((file) => earlierTimes?.has(file));
  if (!earlierTimes || known.length * 2 < files.length) return sizeOf;
  const times = known.map((file) => earlierTimes.get(file)!).toSorted((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  return (file) => (earlierTimes.get(file) ?? median) + FILE_OVERHEAD_MS;
}

/** One dry run from the parts' runs of disjoint test files: as if one runner had run them all. */
export function joinDryRuns(parts: readonly DryRunResult[]): DryRunResult {
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

