// Shared by the benchmark scripts: how a mutant of mutate is paired with a mutant of StrykerJS.
//
// Every mutant is first brought to one shape: file relative to the project (posix), positions
// 1-based with the end column just past the last character (mutate's convention, the one editors
// and the mutation-testing-report-schema use), the mutator name, the original and replacement text.
import { existsSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const mutateBin = path.join(repoRoot, 'packages/cli/bin/mutate.js');
const coreDist = path.join(repoRoot, 'packages/core/dist/index.js');

/** Exits with a hint when mutate's packages have not been built (the scripts run its dist). */
export function requireBuiltMutate() {
  if (!existsSync(path.join(repoRoot, 'packages/cli/dist')) || !existsSync(coreDist)) {
    console.error(`mutate is not built: run \`npm ci\` (or \`npm run build\`) in ${repoRoot} first`);
    process.exit(2);
  }
}

/**
 * The files mutate would mutate in `projectDir` (its own discovery: same default globs, same
 * `--mutate` handling), so StrykerJS gets exactly these, including files without mutants.
 * Returns a Map of relative path → source text.
 */
export async function discoverFiles(projectDir, globs) {
  const { discoverSourceFiles } = await import(coreDist);
  const files = await discoverSourceFiles(projectDir, globs?.length ? globs : undefined);
  return new Map(files.map((file) => [file.path, file.text]));
}

/**
 * The mutants of a mutation-testing-report-schema report (both tools write one) in the common
 * shape, with their verdicts. The schema's positions are already 1-based; `killedBy` and
 * `coveredBy` hold test ids, turned into test names through the report's `testFiles`.
 */
export function fromMutationReport(report) {
  const testNames = new Map();
  for (const testFile of Object.values(report.testFiles ?? {})) {
    for (const test of testFile.tests ?? []) testNames.set(test.id, test.name);
  }
  const mutants = [];
  for (const [file, { source, mutants: fileMutants }] of Object.entries(report.files)) {
    for (const m of fileMutants) {
      const start = { line: m.location.start.line, column: m.location.start.column };
      const end = { line: m.location.end.line, column: m.location.end.column };
      mutants.push({
        file: file.split(path.sep).join('/'),
        start,
        end,
        mutator: m.mutatorName,
        original: sourceSlice(source, start, end),
        replacement: m.replacement,
        status: m.status,
        static: m.static === true,
        killedBy: (m.killedBy ?? []).map((id) => testNames.get(id) ?? id),
        coveredBy: m.coveredBy?.length ?? 0,
        statusReason: m.statusReason,
        ignored: m.status === 'Ignored',
        raw: m,
      });
    }
  }
  return mutants;
}

/** The source text between two 1-based positions (end exclusive). */
export function sourceSlice(text, start, end) {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (pos) => lineStarts[pos.line - 1] + pos.column - 1;
  return text.slice(offset(start), offset(end));
}

/**
 * Replacement text is printed by each tool's own Babel generator, so layout differs (a block
 * reprinted over several lines, `{}` vs `{ }`), and mutate parenthesizes a replacement that binds
 * more loosely than its place (`(a || b)`) where Stryker leaves the parentheses to its printer.
 * Drop whitespace except between two word characters, then redundant outer parentheses.
 */
export function normalise(code) {
  let s = code.replace(/\s+/g, ' ').trim().replace(/ (?=\W)|(?<=\W) /g, '');
  while (s.startsWith('(') && s.endsWith(')') && closingParen(s, 0) === s.length - 1) s = s.slice(1, -1);
  return s;
}

/**
 * Looser still: no parentheses at all, one quote style, one filler text. The two printers disagree
 * on parentheses kept from the source (`(a * b) / c`) and on quotes of reprinted strings, and each
 * tool fills emptied strings and arrays with its own name ("Stryker was here!" / "mutate was
 * here!"); at the same location such a difference is not a different mutant. Pairs matched only
 * this way are listed, so a real precedence bug in a replacement stays visible.
 */
export function loose(code) {
  return normalise(code).replace(/[()]/g, '').replace(/'/g, '"').replace(/\b(?:Stryker|mutate) was here\b/g, '<filler>');
}

/** Index of the parenthesis closing the one at `open` (string contents are not skipped: a heuristic). */
function closingParen(s, open) {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** A mutant's place, `file:line:column-endLine:endColumn`, 1-based. */
export function where(m) {
  return `${m.file}:${m.start.line}:${m.start.column}-${m.end.line}:${m.end.column}`;
}

/**
 * Pairs StrykerJS's mutants with mutate's: same place and normalised replacement first, then the
 * leftovers on the looser form. Returns the pairs (`{ stryker, mutate }`), those matched only
 * loosely, and each side's unmatched mutants in source order.
 */
export function matchMutants(stryker, mutate) {
  const { pairs: strict, leftA: strykerLeft, leftB: mutateLeft } = pairUp(stryker, mutate, (m) => `${where(m)} ${normalise(m.replacement)}`);
  const { pairs: loosely, leftA: strykerOnly, leftB: mutateOnly } = pairUp(strykerLeft, mutateLeft, (m) => `${where(m)} ${loose(m.replacement)}`);
  return { matched: [...strict, ...loosely], loosely, strykerOnly: strykerOnly.sort(bySourceOrder), mutateOnly: mutateOnly.sort(bySourceOrder) };
}

/**
 * Multiset pairing of `a` with `b` on equal keys: one place can hold several mutants with the same
 * replacement (two mutator names for one change), so each mutant pairs at most once. A partner with
 * the same mutator name is preferred, so renamed pairs are counted only when unavoidable.
 */
function pairUp(a, b, key) {
  const byKey = groupBy(b, key);
  const pairs = [];
  const leftA = [];
  for (const x of a) {
    const candidates = byKey.get(key(x));
    if (!candidates?.length) {
      leftA.push(x);
      continue;
    }
    const index = Math.max(0, candidates.findIndex((y) => y.mutator === x.mutator));
    pairs.push({ stryker: x, mutate: candidates.splice(index, 1)[0] });
  }
  return { pairs, leftA, leftB: [...byKey.values()].flat() };
}

export function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

export function bySourceOrder(a, b) {
  return a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column ||
    a.end.line - b.end.line || a.end.column - b.end.column || a.mutator.localeCompare(b.mutator);
}

/** Code on one line, long code shortened, so each mutant takes one line of output. */
export function show(code) {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

export function percent(part, whole, digits = 0) {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(digits)}%`;
}

export const DETECTED = new Set(['Killed', 'Timeout']);

/**
 * What a status means for the user, whatever the tool's label: detected (Killed, Timeout),
 * undetected (Survived, NoCoverage), or not counted (errors, Ignored, Pending). Two tools can
 * label one mutant differently and still agree on this.
 */
export function verdictOf(status) {
  if (DETECTED.has(status)) return 'detected';
  if (status === 'Survived' || status === 'NoCoverage') return 'undetected';
  return 'not counted';
}

/** Of pairs of the same mutant ({ mutate, stryker }), how many both tools give the same verdict. */
export function sameVerdictCount(matched) {
  return matched.filter((p) => verdictOf(p.mutate.status) === verdictOf(p.stryker.status)).length;
}

/** The mutation score of some mutants: (Killed + Timeout) / all but Ignored and errors. */
export function score(mutants) {
  const valid = mutants.filter((m) => !['Ignored', 'CompileError', 'RuntimeError', 'Pending'].includes(m.status));
  return percent(valid.filter((m) => DETECTED.has(m.status)).length, valid.length);
}
