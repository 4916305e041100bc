// The sandbox: a directory outside the project, in the system's temp directory, holding the
// instrumented copy of each project file with mutants at the same relative path (and the project's
// package.json files, which tell Node how to load them). Node processes that tests start load these
// copies in place of the files (`child-preload.ts`); the tests' own worker gets the same code from
// memory (`serve-plugin.ts`). The user's files are never written; the sandbox goes with the session,
// and in the lab with the lab's scratch directory, which holds it (worker threads end without closing
// their sessions).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { ServedFiles } from '@mutate/core/runner';

export class ChildSandbox {
  readonly dir: string;
  private readonly packageDirs = new Set<string>();

  /** @param scratchDir where to make it (`TestRunnerOptions.scratchDir`); the system's temp directory if none. */
  constructor(
    readonly root: string,
    scratchDir = tmpdir(),
  ) {
    this.dir = mkdtempSync(join(scratchDir, 'mutate-sandbox-'));
  }

  write(files: ServedFiles): void {
    for (const [path, { code }] of files) {
      if (!path.startsWith(this.root + sep)) continue;
      const copy = join(this.dir, relative(this.root, path));
      mkdirSync(dirname(copy), { recursive: true });
      writeFileSync(copy, code);
      this.copyPackageFiles(dirname(path));
    }
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The package.json files from `dir` up to the root: whether a `.js` file is an ES module is the nearest one's `type`. */
  private copyPackageFiles(dir: string): void {
    for (let current = dir; !this.packageDirs.has(current); current = dirname(current)) {
      this.packageDirs.add(current);
      const manifest = join(current, 'package.json');
      if (existsSync(manifest)) {
        mkdirSync(join(this.dir, relative(this.root, current)), { recursive: true });
        copyFileSync(manifest, join(this.dir, relative(this.root, current), 'package.json'));
      }
      if (current === this.root || !current.startsWith(this.root)) return;
    }
  }
}
