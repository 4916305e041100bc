import { DEFAULT_MUTATE_GLOBS, detectTestRunner, findMutants, Lab, loadConfig, resolveConfig, UserError, type Mutant, type UserConfig } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';
import { labOptionsFor } from './lab-options.js';

export interface ListOptions {
  readonly cwd: string;
  readonly json: boolean;
  /** `--config <file>`; otherwise mutate.config.* or package.json's `mutate` key is looked for. */
  readonly configFile: string | undefined;
  /** The flags, as config keys (`mutate`, `vitest`). */
  readonly flags: UserConfig;
}

/** The shape of `mutate list --json`: one object per mutant, positions 1-based. */
export interface ListedMutant {
  id: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  mutator: string;
  original: string;
  replacement: string;
  ignoredReason?: string;
}

export async function listCommand(options: ListOptions, output: Output): Promise<ExitCode> {
  const { config: fromFile } = await loadConfig(options.cwd, options.configFile);
  const config = resolveConfig(fromFile, options.flags, 1);
  // The same mutants, with the same ids, as `mutate run`: the test runner, where there is one, is
  // asked which files are tests. Without it, `list` still works (files named like tests are left out).
  const known = config.testRunner ?? detectTestRunner(options.cwd);
  const lab = known ? new Lab(labOptionsFor(options.cwd, config, 1)) : undefined;
  const testFiles = (lab ? lab.testFiles().then((found) => found.files) : Promise.resolve([])).catch((error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    output.warn(`${error.message}\nListing without asking the test runner which files are tests (files named like tests are still left out).`);
    return [];
  });
  let found: Awaited<ReturnType<typeof findMutants>>;
  try {
    found = await findMutants(options.cwd, config.mutate?.length ? config.mutate : DEFAULT_MUTATE_GLOBS, allMutators, testFiles);
  } finally {
    await testFiles.catch(() => undefined);
    await lab?.close();
  }
  const { files, mutants, warnings } = found;
  for (const warning of warnings) output.warn(warning);
  if (options.json) {
    output.out(JSON.stringify(mutants.map(toListedMutant), null, 2));
  } else {
    for (const mutant of mutants) output.out(formatMutantLine(mutant));
    const ignored = mutants.filter((mutant) => mutant.ignoreReason !== undefined).length;
    output.out(`\n${plural(mutants.length, 'mutant')} in ${plural(files.length, 'file')}${ignored ? ` (${ignored} ignored by comments)` : ''}`);
  }
  return ExitCode.Success;
}

function toListedMutant(mutant: Mutant): ListedMutant {
  return {
    id: String(mutant.id),
    file: mutant.file,
    line: mutant.location.start.line,
    column: mutant.location.start.column,
    endLine: mutant.location.end.line,
    endColumn: mutant.location.end.column,
    mutator: mutant.mutatorName,
    original: mutant.original,
    replacement: mutant.replacement,
    ...(mutant.ignoreReason === undefined ? {} : { ignoredReason: mutant.ignoreReason }),
  };
}

function formatMutantLine(mutant: Mutant): string {
  const where = `${mutant.file}:${mutant.location.start.line}:${mutant.location.start.column}`;
  const ignored = mutant.ignoreReason === undefined ? '' : `  [ignored: ${mutant.ignoreReason}]`;
  return `${String(mutant.id).padStart(4)}  ${where}  ${mutant.mutatorName}  ${oneLine(mutant.original)} → ${oneLine(mutant.replacement)}${ignored}`;
}

/** Multi-line originals (whole blocks) are shortened to their first line in the listing. */
function oneLine(code: string): string {
  const lines = code.split('\n');
  return lines.length === 1 ? code : `${lines[0]!.trimEnd()} …`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
