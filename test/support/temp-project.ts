import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const MUTATE_BIN = path.join(REPO_ROOT, 'node_modules', '.bin', 'mutate');

/** For `describe.each`: the repository's vitest 4 and the vitest 3.2 of `test/vitest-versions/`, by name and `node_modules`. */
export const VITEST_4_AND_3: readonly (readonly [name: string, nodeModules: string])[] = [
  ['vitest 4', path.join(REPO_ROOT, 'node_modules')],
  ['vitest 3', path.join(REPO_ROOT, 'test/vitest-versions/3.2/node_modules')],
];

export interface TempProject {
  readonly dir: string;
  /** Runs the real `mutate` binary with the project as working directory. */
  mutate(...args: string[]): Promise<CommandResult>;
  /** Every file under the project (but node_modules) with its content, to prove nothing was written. */
  snapshot(): Promise<Map<string, string>>;
  remove(): Promise<void>;
}

export interface CommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A throw-away project made from an object literal of files: `tempProject({ 'src/a.ts': '…' })`. */
export async function tempProject(files: Record<string, string>): Promise<TempProject> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mutate-test-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return {
    dir,
    mutate: (...args) => runCommand(MUTATE_BIN, args, dir),
    snapshot: () => snapshotTree(dir),
    // MUTATE_KEEP_TEMP=1 keeps every temp project, to look into a failure (each test names its dir in its output).
    remove: () => (process.env['MUTATE_KEEP_TEMP'] === '1' ? Promise.resolve() : rm(dir, { recursive: true, force: true })),
  };
}

/**
 * A temp project that can run vitest: a `node_modules` is linked in (mutate's own by default, so the
 * project resolves vitest 4 as if it had installed it; or one of `test/vitest-versions/`).
 */
export async function tempVitestProject(files: Record<string, string>, nodeModules = path.join(REPO_ROOT, 'node_modules')): Promise<TempProject> {
  // No results cache by default: `node_modules` is shared, and most tests want every mutant run.
  const project = await tempProject({ 'package.json': '{ "name": "temp-project", "type": "module", "private": true, "mutate": { "cache": false } }\n', ...files });
  await symlink(nodeModules, path.join(project.dir, 'node_modules'), 'dir');
  return project;
}

/** vitest's variables from the test worker running this test; a child vitest must not inherit them. */
export function withoutVitestEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST' && key !== 'NODE_ENV'));
}

export function runCommand(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { ...withoutVitestEnv(process.env), ...env }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const exitCode = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode, stdout, stderr });
    });
  });
}

export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  async function walk(current: string): Promise<void> {
    for (const entry of await readdir(current)) {
      if (entry === 'node_modules') continue;
      const full = path.join(current, entry);
      if ((await stat(full)).isDirectory()) await walk(full);
      else files.set(path.relative(dir, full), await readFile(full, 'utf8'));
    }
  }
  await walk(dir);
  return files;
}
