import { rmSync } from 'node:fs';

/**
 * Removes a directory of mutate's own (a lab's scratch directory, a sandbox) at the end of a run.
 * A process a test started may outlive its test and still be writing there (a report, a file of its
 * own): removal tries again while it does, and gives up quietly, as the directory is in the system's
 * temporary directory. A run must never fail over it.
 */
export function removeScratchDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  } catch {
    // left to the system's clean-up of its temporary directory
  }
}
