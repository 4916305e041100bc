import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { MutantPlan, PlanOptions } from '../plan/plan.js';
import { contentHash, fileHash } from './content-hash.js';
import type { MutantResult } from '../report/mutation-report.js';
import type { MutantStatus, SourceFile } from '../types.js';

const FORMAT = 'mutate-results-cache-1';

/** The parts of a verdict worth keeping. */
export type CachedVerdict = Pick<MutantResult, 'status' | 'statusReason' | 'explanation' | 'killedBy' | 'testsCompleted'>;

interface CacheFile {
  readonly format: typeof FORMAT;
  readonly entries: Record<string, CachedVerdict>;
}

/** Verdicts a run may reuse (the cache keeps the final statuses only: never Pending or RuntimeError). */
const REUSABLE: ReadonlySet<MutantStatus> = new Set(['Killed', 'Survived', 'Timeout']);

/**
 * Verdicts of earlier runs, keyed by everything a verdict depends on: mutate's version, the time
 * limits, the mutant itself, its file's content, and the ids and file contents of the tests it runs.
 * Change any of them and the key changes, so nothing stale is ever trusted.
 */
export class ResultsCache {
  private readonly entries: Map<string, CachedVerdict>;

  private constructor(
    private readonly file: string,
    entries: Record<string, CachedVerdict>,
    /** Why the cache file on disk was not used, if it was not. */
    readonly problem: string | undefined,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** A missing file is an empty cache; a corrupt or foreign one is set aside with a reason, never trusted. */
  static load(file: string): ResultsCache {
    if (!existsSync(file)) return new ResultsCache(file, {}, undefined);
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile>;
      if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) {
        return new ResultsCache(file, {}, `${file} is not a mutate results cache (format ${JSON.stringify(parsed.format)}); ignoring it`);
      }
      const valid = Object.entries(parsed.entries).filter(([, verdict]) => REUSABLE.has(verdict?.status));
      return new ResultsCache(file, Object.fromEntries(valid), undefined);
    } catch (error) {
      return new ResultsCache(file, {}, `${file} is corrupt (${(error as Error).message.split('\n')[0]}); ignoring it`);
    }
  }

  get(key: string): CachedVerdict | undefined {
    return this.entries.get(key);
  }

  /** Keeps the final verdicts of this run next to the earlier ones, written atomically. */
  save(results: readonly { key: string; result: MutantResult }[]): void {
    for (const { key, result } of results) {
      if (!REUSABLE.has(result.status)) continue;
      const { status, statusReason, explanation, killedBy, testsCompleted } = result;
      this.entries.set(key, { status, ...(statusReason === undefined ? {} : { statusReason }), ...(explanation === undefined ? {} : { explanation }), ...(killedBy ? { killedBy } : {}), ...(testsCompleted === undefined ? {} : { testsCompleted }) });
    }
    mkdirSync(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ format: FORMAT, entries: Object.fromEntries(this.entries) } satisfies CacheFile));
    renameSync(temp, this.file);
  }
}

/** Content hashes of files, read once each. */
export class FileHashes {
  private readonly hashes = new Map<string, string>();

  constructor(sources: readonly SourceFile[]) {
    for (const source of sources) this.hashes.set(source.path, contentHash(source.text));
  }

  of(path: string): string {
    let value = this.hashes.get(path);
    if (value === undefined) {
      value = fileHash(path);
      this.hashes.set(path, value);
    }
    return value;
  }
}

/** The key of a running mutant's verdict. */
export function verdictKey(plan: Extract<MutantPlan, { kind: 'run' }>, hashes: FileHashes, version: string, limits: PlanOptions): string {
  const { mutant, run, isStatic } = plan;
  const tests = run.tests.map((test) => `${test.id}@${hashes.of(test.file)}`).toSorted();
  return contentHash(
    JSON.stringify([FORMAT, version, limits, mutant.file, hashes.of(mutant.file), mutant.mutatorName, mutant.range, mutant.replacement, isStatic, tests]),
  );
}
