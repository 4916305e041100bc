import { join } from 'node:path';
import { addToGroup } from '../collections.js';
import { SourceSyntaxError } from '../errors.js';
import { parseSource } from '../generate/parse.js';
import type { CompileProblem, InstrumentedCode } from '../runner.js';
import type { Mutant, SourceFile } from '../types.js';
import { instrumentFile, type InstrumentedFile } from './instrument.js';

/** Compiles instrumented files (by absolute path) the way the test runner will; returns the files that fail. */
export type CompileCheck = (files: readonly InstrumentedCode[]) => Promise<readonly CompileProblem[]>;

export interface CompileErrorVerdict {
  readonly mutant: Mutant;
  /** What the compiler said of the file with the mutant's switch in it. */
  readonly message: string;
}

export interface ValidatedInstrumentation {
  /** Each file's instrumented copy, by the file's relative path: the offending mutants left out. */
  readonly instrumented: ReadonlyMap<string, InstrumentedFile>;
  /** The mutants whose switch made their file fail to compile: a defect of mutate, reported as CompileError. */
  readonly compileErrors: readonly CompileErrorVerdict[];
  /** One message per file that needed mutants left out, for the console. */
  readonly warnings: readonly string[];
}

export interface ValidateOptions {
  readonly root: string;
  readonly files: readonly SourceFile[];
  readonly mutants: readonly Mutant[];
  /** The runner's check (vitest: the project's vite); Babel with the source's grammar always checks first. */
  readonly check?: CompileCheck;
  /** Injectable for tests, which give it a defect on purpose. */
  readonly instrument?: typeof instrumentFile;
}

/**
 * Instruments every file and makes sure each instrumented copy compiles, before any test sees it. The
 * instrumenter is meant to be valid by construction; where it is not, that is mutate's bug, never the
 * user's: the mutants that break the file are found by bisection, reported as CompileError, and the
 * file is instrumented again without them, so the run goes on.
 */
export async function instrumentValidated({ root, files, mutants, check, instrument = instrumentFile }: ValidateOptions): Promise<ValidatedInstrumentation> {
  const mutantsByFile = new Map<string, Mutant[]>();
  for (const mutant of mutants) addToGroup(mutantsByFile, mutant.file, mutant);
  const instrumented = new Map(files.map((file) => [file.path, instrument(file, mutantsByFile.get(file.path) ?? [])]));
  const compileOf = compilerFor(root, check);
  const problems = await compileOf(files.map((file) => ({ file, code: instrumented.get(file.path)!.code })));

  const compileErrors: CompileErrorVerdict[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const problem = problems.get(file.path);
    if (!problem) continue;
    // A file that does not compile even unmutated is not ours to fix (a grammar the check lacks): leave it as it is.
    if (await compileOf.fails(file, instrument(file, []).code)) continue;
    const fileMutants = (mutantsByFile.get(file.path) ?? []).filter((mutant) => mutant.ignoreReason === undefined);
    const compiles = async (subset: readonly Mutant[]) => !(await compileOf.fails(file, instrument(file, subset).code));
    const offending = await offendingMutants(fileMutants, compiles);
    const kept = (mutantsByFile.get(file.path) ?? []).filter((mutant) => !offending.includes(mutant));
    instrumented.set(file.path, instrument(file, kept));
    for (const mutant of offending) compileErrors.push({ mutant, message: problem.message });
    warnings.push(compileErrorWarning(file, offending, problem));
  }
  return { instrumented, compileErrors, warnings };
}

/**
 * Babel with the source's grammar, and the runner's check (in a worker, meanwhile), over many files at
 * once or one file at a time. Babel's verdict comes first where both find a problem.
 */
function compilerFor(root: string, check: CompileCheck | undefined) {
  const compileOf = async (checked: readonly { file: SourceFile; code: string }[]): Promise<Map<string, CompileProblem>> => {
    const byAbsolutePath = new Map(checked.map(({ file }) => [join(root, file.path), file.path]));
    const runnerProblems = check?.(checked.map(({ file, code }) => ({ path: join(root, file.path), code })));
    const problems = new Map<string, CompileProblem>();
    for (const { file, code } of checked) {
      try {
        parseSource({ path: file.path, text: code });
      } catch (error) {
        // The syntax error's own `file:line:column` would name the instrumented copy as if it were the source.
        const message = error instanceof SourceSyntaxError ? `Babel: ${error.reason}` : (error as Error).message;
        problems.set(file.path, { path: file.path, message, ...(error instanceof SourceSyntaxError ? { line: error.line } : {}) });
      }
    }
    for (const problem of (await runnerProblems) ?? []) {
      const path = byAbsolutePath.get(problem.path);
      if (path !== undefined && !problems.has(path)) problems.set(path, { ...problem, path });
    }
    return problems;
  };
  return Object.assign(compileOf, {
    fails: async (file: SourceFile, code: string) => (await compileOf([{ file, code }])).size > 0,
  });
}

/**
 * The mutants to leave out so that the rest compile, given that all of them together do not and
 * none at all does. Halves the candidates: the first half is reduced against what is already kept,
 * then the second half against what is kept of both, so a pair of mutants that only fail together
 * (two switches on one statement) loses exactly one of them. `compiles` runs O(k log n) times for k offending mutants among n.
 */
export async function offendingMutants<T>(candidates: readonly T[], compiles: (subset: readonly T[]) => Promise<boolean>): Promise<T[]> {
  const reduce = async (kept: readonly T[], part: readonly T[], knownToFail = false): Promise<T[]> => {
    if (part.length === 0 || (!knownToFail && (await compiles([...kept, ...part])))) return [];
    if (part.length === 1) return [...part];
    const middle = Math.ceil(part.length / 2);
    const first = part.slice(0, middle);
    const offendingFirst = await reduce(kept, first);
    const keptFirst = first.filter((item) => !offendingFirst.includes(item));
    return [...offendingFirst, ...(await reduce([...kept, ...keptFirst], part.slice(middle)))];
  };
  return reduce([], candidates, true);
}

function compileErrorWarning(file: SourceFile, offending: readonly Mutant[], problem: CompileProblem): string {
  const places = offending.map((mutant) => `line ${mutant.location.start.line} ${mutant.mutatorName}`).join(', ');
  const where = problem.line === undefined ? '' : ` (instrumented line ${problem.line})`;
  return (
    `mutate's own error: the instrumented copy of ${file.path} did not compile${where}: ${problem.message.split('\n')[0]}\n` +
    `  mutants left out and reported as CompileError: ${places || 'none found'}\n` +
    `  This is a bug in mutate, not in your code; the run goes on without them. Please report it at mutate's issue tracker, with this message and the lines involved.`
  );
}
