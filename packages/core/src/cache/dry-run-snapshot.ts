import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { glob } from 'tinyglobby';
import { findSourcePaths } from '../discover.js';
import { contentHash, fileHash } from './content-hash.js';
import type { DryRunResult, TestFiles } from '../runner.js';

const FORMAT = 'mutate-dry-run-1';

/** Lockfiles and manifests at the root: a dependency that changed can change any verdict. */
const PROJECT_FILES = ['package.json', 'package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'];
// (A missing file is an input too: its hash is 'missing', and one that appears changes it.)

/**
 * What a dry run found, with everything it depended on: the content hash of every source, test and
 * config file it read (the files each test file's imports reached included), the patterns that
 * find the test files, the mutated files the globs matched. While none of that changed, the same
 * dry run would find the same, so a rerun takes it from here instead of starting the test runner.
 */
export interface DryRunSnapshot {
  readonly format: typeof FORMAT;
  /** The run's settings and mutate's version (`runFingerprint`). */
  readonly fingerprint: string;
  /** Content hash by absolute path. */
  readonly inputs: Readonly<Record<string, string>>;
  /** The mutated files, relative to the root, as the globs found them. */
  readonly sourceFiles: readonly string[];
  readonly testFiles: TestFiles;
  readonly dryRun: DryRunResult;
  /** What the checks of the instrumented files found (`CompileError` verdicts), as plain data. */
  readonly compileErrors: readonly unknown[];
}

/** The settings a dry run's result depends on, as one hash. */
export function runFingerprint(settings: unknown): string {
  return contentHash(JSON.stringify([FORMAT, process.version, settings]));
}

/**
 * The stored dry run (`readDryRun`), if nothing it depended on changed: same fingerprint, the globs
 * match the same files, the test-file patterns the same test files, and every input has the same content.
 */
export async function reusableDryRun(snapshot: DryRunSnapshot | undefined, fingerprint: string, root: string, patterns: readonly string[]): Promise<DryRunSnapshot | undefined> {
  if (!snapshot || snapshot.fingerprint !== fingerprint) return undefined;
  const [sources, tests] = await Promise.all([findSourcePaths(root, patterns), globTestFiles(snapshot.testFiles)]);
  if (!sameList(sources, snapshot.sourceFiles) || !sameList(tests, [...snapshot.testFiles.files].sort())) return undefined;
  for (const [path, digest] of Object.entries(snapshot.inputs)) {
    if (fileHash(path) !== digest) return undefined;
  }
  return snapshot;
}

/** Stores a dry run with the hashes of what it read. */
export function saveDryRun(file: string, root: string, snapshot: Omit<DryRunSnapshot, 'format' | 'inputs'>): void {
  const loaded = Object.values(snapshot.dryRun.loadedFiles ?? {}).flat();
  const paths = new Set([
    ...snapshot.sourceFiles.map((path) => join(root, path)),
    ...snapshot.testFiles.files,
    ...snapshot.testFiles.configFiles,
    ...loaded.filter((path) => !path.includes('/node_modules/')),
    ...PROJECT_FILES.map((name) => join(root, name)),
  ]);
  const inputs = Object.fromEntries([...paths].sort().map((path) => [path, fileHash(path)]));
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ format: FORMAT, inputs, ...snapshot } satisfies DryRunSnapshot));
  renameSync(temp, file);
}

/** The stored dry run, whether or not it still holds; undefined when there is none or it cannot be read. */
export function readDryRun(file: string): DryRunSnapshot | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<DryRunSnapshot>;
    return parsed.format === FORMAT ? (parsed as DryRunSnapshot) : undefined;
  } catch {
    // A corrupt snapshot only costs a dry run.
    return undefined;
  }
}

async function globTestFiles(testFiles: TestFiles): Promise<string[]> {
  const found = await Promise.all(testFiles.patterns.map(({ cwd, include, exclude }) => glob([...include], { cwd, ignore: [...exclude], dot: true, absolute: true, expandDirectories: false })));
  return [...new Set(found.flat())].sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

