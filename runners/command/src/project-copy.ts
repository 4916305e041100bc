// The command runner's copy of the project: the whole tree but `node_modules` and `.git`, in the
// lab's scratch directory, with each `node_modules` linked back to the project's (installed once,
// shared, never copied). The test command runs in the copy, where the instrumented files replace
// the sources: the project itself is never written.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { removeScratchDir } from '@mutate/core/runner';
import { basename, join, relative } from 'node:path';

/** Not copied: installed packages (linked instead), git's store, and mutate's own output. */
const LEFT_OUT = new Set(['node_modules', '.git']);

export function copyProject(root: string, scratchDir: string, reportDirs: readonly string[] = ['reports']): string {
  const copy = mkdtempSync(join(scratchDir, 'mutate-command-'));
  const linked: string[] = [];
  cpSync(root, copy, {
    recursive: true,
    // Symbolic links stay links (a monorepo's workspace links point into the project).
    verbatimSymlinks: true,
    filter: (source) => {
      const name = basename(source);
      if (name === 'node_modules') linked.push(source);
      if (LEFT_OUT.has(name)) return false;
      return !reportDirs.includes(relative(root, source));
    },
  });
  for (const source of linked) symlinkSync(source, join(copy, relative(root, source)), 'dir');
  return copy;
}

export function removeCopy(copy: string): void {
  removeScratchDir(copy);
}
