/**
 * What running a test file costs beyond its tests' own time (a process to start, an environment to
 * make, modules to load), by file, as a runner measured it in its share of the dry run. A mutant's
 * time limit is for its tests (`plan.ts`, from their dry-run time); a runner adds the overhead of
 * each file it runs for the mutant: a static mutant runs every file that loads its module, and
 * without it ends as a false Timeout where many files take little test time each.
 */
export class FileOverheads {
  private readonly byFile = new Map<string, number>();

  /** @param unmeasured the overhead of a file before any was measured in this worker. */
  constructor(private readonly unmeasured: number) {}

  /** A file's run took `wallMs`, of which its tests took `testsMs`. */
  record(file: string, wallMs: number, testsMs: number): void {
    this.byFile.set(file, Math.max(0, wallMs - testsMs));
  }

  /** The file's own overhead; else, for a file another worker's share of the dry run had, the mean of those measured here. */
  of(file: string): number {
    const measured = this.byFile.get(file);
    if (measured !== undefined) return measured;
    if (this.byFile.size === 0) return this.unmeasured;
    let total = 0;
    for (const value of this.byFile.values()) total += value;
    return total / this.byFile.size;
  }

  /** The time to allow, beyond the tests' own, for running `files`: their overheads with the same margin as the time limit's factor. */
  allowanceFor(files: Iterable<string>): number {
    let total = 0;
    for (const file of files) total += this.of(file);
    return OVERHEAD_MARGIN * total;
  }
}

/** As the time limit's default factor on the tests' own time: a loaded machine does all of it slower. */
const OVERHEAD_MARGIN = 1.5;
