import { discoverSourceFiles, generateMutants, type Mutant } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { ExitCode } from '../exit-codes.js';
import type { Output } from '../output.js';

export interface ListOptions {
  readonly cwd: string;
  readonly json: boolean;
  readonly mutate: readonly string[] | undefined;
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
  const files = await discoverSourceFiles(options.cwd, options.mutate?.length ? options.mutate : undefined);
  const { mutants, warnings } = generateMutants(files, allMutators);
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
