// The sandbox: a directory outside the project, in the system's temp directory, holding the
// instrumented copy of each project file with mutants at the same relative path (and the project's
// package.json files, which tell Node how to load them). Node processes that tests start load these
// copies in place of the files (`child-preload.ts`); the tests' own worker gets the same code from
// memory (`serve-plugin.ts`). The user's files are never written; the sandbox goes with the session,
// and in the lab with the lab's scratch directory, which holds it (worker threads end without closing
// their sessions).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { removeScratchDir, type ServedFiles } from '@mutate/core/runner';
import { builtFilesOf, typeScriptCompiler } from './built-output.js';

/** Compiles a source's instrumented code into the build it stands in for (`built-output.ts`). */
type Compile = (code: string, source: string, output: string) => string;

export class ChildSandbox {
  readonly dir: string;
  private readonly packageDirs = new Set<string>();

  /** @param scratchDir where to make it (`TestRunnerOptions.scratchDir`); the system's temp directory if none. */
  private constructor(
    readonly root: string,
    scratchDir: string,
    /** Each TypeScript source built file by file, and how to build its instrumented code the same way. */
    private readonly builds: { readonly built: ReadonlyMap<string, readonly string[]>; readonly compile: Compile } | undefined,
  ) {
    this.dir = mkdtempSync(join(scratchDir, 'mutate-sandbox-'));
  }

  static async create(root: string, scratchDir = tmpdir()): Promise<ChildSandbox> {
    const built = builtFilesOf(root);
    const compile = built.size > 0 ? await typeScriptCompiler(root) : undefined;
    return new ChildSandbox(root, scratchDir, compile ? { built, compile } : undefined);
  }

  write(files: ServedFiles): void {
    for (const [path, { code }] of files) {
      if (!path.startsWith(this.root + sep)) continue;
      this.place(path, code);
      const outputs = /\.[cm]?tsx?$/.test(path) ? (this.builds?.built.get(path) ?? []) : [];
      for (const output of outputs) this.placeBuilt(path, code, output);
    }
  }

  /** The build of an instrumented source; if it cannot be compiled, processes run the project's own build. */
  private placeBuilt(source: string, code: string, output: string): void {
    let compiled: string;
    try {
      compiled = this.builds!.compile(code, source, output);
    } catch {
      return;
    }
    this.place(output, compiled);
  }

  /** `code` at the sandbox's copy of the project file `path`. */
  private place(path: string, code: string): void {
    const copy = join(this.dir, relative(this.root, path));
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, code);
    this.copyPackageFiles(dirname(path));
  }

  close(): void {
    removeScratchDir(this.dir);
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
