#!/usr/bin/env node
// Compares the mutants mutate generates with the mutants StrykerJS 10 generates on the same files.
//
//   node benchmarks/compare-mutants.mjs <projectDir> [--json out.json] [--verbose] [--limit N] [--mutate <glob>]...
//
// mutate is run through its real CLI (`mutate list --json`), so the comparison covers exactly what
// a user sees. StrykerJS is run through its instrumenter (the part of Stryker that finds mutants),
// with Stryker's defaults: every mutator, no excluded mutations, no extra Babel plugins.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const repoRoot = path.resolve(import.meta.dirname, '..');
const mutateBin = path.join(repoRoot, 'packages/cli/bin/mutate.js');
const coreDist = path.join(repoRoot, 'packages/core/dist/index.js');

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'string' },
    verbose: { type: 'boolean', short: 'v', default: false },
    limit: { type: 'string', default: '30' },
    mutate: { type: 'string', multiple: true },
  },
});
if (positionals.length !== 1) {
  console.error('usage: node benchmarks/compare-mutants.mjs <projectDir> [--json out.json] [--verbose] [--limit N] [--mutate <glob>]...');
  process.exit(2);
}
const projectDir = path.resolve(positionals[0]);
const limit = options.verbose ? Infinity : Number(options.limit);
if (!existsSync(path.join(repoRoot, 'packages/cli/dist')) || !existsSync(coreDist)) {
  console.error(`mutate is not built: run \`npm ci\` (or \`npm run build\`) in ${repoRoot} first`);
  process.exit(2);
}

// The files: mutate's own discovery (same default globs, same --mutate handling), so Stryker gets
// exactly the files mutate considered, including those in which mutate found no mutants.
const { discoverSourceFiles } = await import(coreDist);
const files = await discoverSourceFiles(projectDir, options.mutate?.length ? options.mutate : undefined);
const sources = new Map(files.map((file) => [file.path, file.text]));

const mutateMutants = runMutate();
const { mutants: strykerMutants, failures: strykerFailures } = await runStryker();
const result = compare(mutateMutants, strykerMutants);
report(result);
if (options.json) {
  writeFileSync(options.json, JSON.stringify({ project: projectDir, files: [...sources.keys()], strykerFailures, ...result }, null, 2) + '\n');
  console.log(`\nwrote ${options.json}`);
}
process.exit(0);

// ---------------------------------------------------------------------------------------------
// Both tools' mutants become one shape: file relative to the project (posix), positions 1-based
// with the end column just past the last character (mutate's convention, the one editors show).

function runMutate() {
  const args = [mutateBin, 'list', '--json', ...(options.mutate ?? []).flatMap((glob) => ['--mutate', glob])];
  // stderr (mutate's warnings) goes straight to ours; stdout is the JSON array.
  let stdout;
  try {
    stdout = execFileSync(process.execPath, args, { cwd: projectDir, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  } catch (error) {
    // mutate has already said why on stderr (e.g. exit 3: a file does not parse); nothing to compare.
    console.error(`\`mutate list --json\` failed in ${projectDir} (exit code ${error.status ?? error.message})`);
    process.exit(1);
  }
  return JSON.parse(stdout).map((m) => ({
    file: m.file,
    start: { line: m.line, column: m.column },
    end: { line: m.endLine, column: m.endColumn },
    mutator: m.mutator,
    original: m.original,
    replacement: m.replacement,
    ignored: m.ignoredReason !== undefined,
    raw: m,
  }));
}

async function runStryker() {
  const noop = () => {};
  // Stryker's instrumenter logs through an injected logger; keep only warnings and errors.
  const logger = {
    isTraceEnabled: () => false, isDebugEnabled: () => false, isInfoEnabled: () => false,
    isWarnEnabled: () => true, isErrorEnabled: () => true, isFatalEnabled: () => true,
    trace: noop, debug: noop, info: noop,
    warn: (...args) => console.error('[stryker warn]', ...args),
    error: (...args) => console.error('[stryker error]', ...args),
    fatal: (...args) => console.error('[stryker fatal]', ...args),
  };
  const instrumenter = new Instrumenter(logger);
  // Stryker's defaults (see @stryker-mutator/core's stryker-core.json schema): no extra parser
  // plugins, no excluded mutations, no ignorers. Disable comments are handled by the instrumenter.
  const instrumenterOptions = { plugins: null, excludedMutations: [], ignorers: [] };
  const mutants = [];
  const failures = [];
  // One file at a time, so a file Stryker cannot parse is reported and the rest still compared.
  for (const [file, text] of sources) {
    const name = path.join(projectDir, file); // absolute: Stryker picks its parser from the extension
    try {
      const { mutants: found } = await instrumenter.instrument([{ name, mutate: true, content: text }], instrumenterOptions);
      for (const m of found) mutants.push(fromStryker(file, text, m));
    } catch (error) {
      failures.push({ file, error: String(error?.message ?? error).split('\n')[0] });
    }
  }
  return { mutants, failures };
}

/** Stryker's API locations are 0-based lines and 0-based columns (end exclusive): add 1 to each. */
function fromStryker(file, text, m) {
  const start = { line: m.location.start.line + 1, column: m.location.start.column + 1 };
  const end = { line: m.location.end.line + 1, column: m.location.end.column + 1 };
  return {
    file,
    start,
    end,
    mutator: m.mutatorName,
    original: slice(text, start, end),
    replacement: m.replacement,
    ignored: m.status === 'Ignored',
    raw: m,
  };
}

/** The source text between two 1-based positions (end exclusive). */
function slice(text, start, end) {
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
function normalise(code) {
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
function loose(code) {
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

/** A mutant's place, `file:line:column-endLine:endColumn`, 1-based. (Helpers here are function
 * declarations, not const arrows: the top of the module calls them before this line runs.) */
function where(m) {
  return `${m.file}:${m.start.line}:${m.start.column}-${m.end.line}:${m.end.column}`;
}

// ---------------------------------------------------------------------------------------------

function compare(mutate, stryker) {
  // Pass 1 pairs on the normalised replacement, pass 2 pairs the leftovers on the looser form.
  const { pairs: strict, leftA: strykerLeft, leftB: mutateLeft } = pairUp(stryker, mutate, (m) => `${where(m)} ${normalise(m.replacement)}`);
  const { pairs: loosely, leftA: strykerOnly, leftB: mutateOnly } = pairUp(strykerLeft, mutateLeft, (m) => `${where(m)} ${loose(m.replacement)}`);
  const matched = [...strict, ...loosely];
  strykerOnly.sort(bySourceOrder);
  mutateOnly.sort(bySourceOrder);

  // Among the leftovers, the same place and mutator with a different replacement usually means a
  // different variant of the same mutator (or a printing difference the normalisation misses).
  const leftoverByPlace = groupBy(mutateOnly, (m) => `${where(m)} ${m.mutator}`);
  const samePlace = [];
  for (const s of strykerOnly) {
    const other = leftoverByPlace.get(`${where(s)} ${s.mutator}`)?.shift();
    if (other) samePlace.push({ stryker: s, mutate: other });
  }

  const names = [...new Set([...mutate, ...stryker].map((m) => m.mutator))].sort();
  const perMutator = names.map((name) => ({
    mutator: name,
    mutate: mutate.filter((m) => m.mutator === name).length,
    stryker: stryker.filter((m) => m.mutator === name).length,
    matched: matched.filter((p) => p.stryker.mutator === name).length, // a renamed pair counts under Stryker's name
  }));
  const renamed = matched.filter((p) => p.stryker.mutator !== p.mutate.mutator);

  const strip = ({ raw, ...m }) => m;
  return {
    counts: {
      mutate: mutate.length,
      mutateIgnored: mutate.filter((m) => m.ignored).length,
      stryker: stryker.length,
      strykerIgnored: stryker.filter((m) => m.ignored).length,
      matched: matched.length,
      matchedLoosely: loosely.length,
      renamed: renamed.length,
      strykerOnly: strykerOnly.length,
      mutateOnly: mutateOnly.length,
      samePlaceDifferentReplacement: samePlace.length,
    },
    perMutator,
    matched: matched.map((p) => ({ stryker: strip(p.stryker), mutate: strip(p.mutate), strykerRaw: p.stryker.raw, mutateRaw: p.mutate.raw })),
    renamed: renamed.map((p) => ({ stryker: strip(p.stryker), mutate: strip(p.mutate) })),
    matchedLoosely: loosely.map((p) => ({ stryker: strip(p.stryker), mutate: strip(p.mutate) })),
    samePlaceDifferentReplacement: samePlace.map((p) => ({ stryker: strip(p.stryker), mutate: strip(p.mutate) })),
    strykerOnly: strykerOnly.map(strip),
    mutateOnly: mutateOnly.map(strip),
  };
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

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(item);
  }
  return groups;
}

function bySourceOrder(a, b) {
  return a.file.localeCompare(b.file) || a.start.line - b.start.line || a.start.column - b.start.column ||
    a.end.line - b.end.line || a.end.column - b.end.column || a.mutator.localeCompare(b.mutator);
}

// ---------------------------------------------------------------------------------------------

function report({ counts, perMutator, matched, renamed, matchedLoosely, samePlaceDifferentReplacement, strykerOnly, mutateOnly }) {
  console.log(`project: ${projectDir}`);
  console.log(`files:   ${sources.size} (${[...sources.keys()].join(', ')})`);
  for (const failure of strykerFailures) console.log(`StrykerJS could not instrument ${failure.file}: ${failure.error}`);

  console.log('\nmutants per mutator (matched = same file, start, end and replacement)');
  const width = Math.max(8, ...perMutator.map((row) => row.mutator.length));
  const row = (name, a, b, c) => `  ${name.padEnd(width)}  ${String(a).padStart(7)}  ${String(b).padStart(9)}  ${String(c).padStart(7)}`;
  console.log(row('mutator', 'mutate', 'StrykerJS', 'matched'));
  for (const r of perMutator) console.log(row(r.mutator, r.mutate, r.stryker, r.matched));
  console.log(row('total', counts.mutate, counts.stryker, counts.matched));
  console.log(`  (ignored by disable comments: mutate ${counts.mutateIgnored}, StrykerJS ${counts.strykerIgnored})`);

  console.log(`\nmatched: ${counts.matched} (${percent(counts.matched, counts.stryker)} of StrykerJS's, ${percent(counts.matched, counts.mutate)} of mutate's)`);
  if (renamed.length) {
    console.log(`  of which under a different mutator name: ${renamed.length}`);
    for (const p of renamed.slice(0, limit)) console.log(`    ${where(p.stryker)}  StrykerJS ${p.stryker.mutator} = mutate ${p.mutate.mutator}  ${show(p.stryker.original)} → ${show(p.stryker.replacement)}`);
  }
  if (matchedLoosely.length) {
    console.log(`  of which only when parentheses, quote style and filler text are ignored: ${matchedLoosely.length}`);
    for (const p of matchedLoosely.slice(0, limit)) console.log(`    ${where(p.stryker)}  ${p.stryker.mutator}  StrykerJS → ${show(p.stryker.replacement)}  mutate → ${show(p.mutate.replacement)}`);
  }

  if (options.verbose && matched.length) {
    // Shows the raw positions side by side, so a reader can check the 0-based → 1-based conversion
    // and the replacement normalisation by eye.
    console.log('\nsample matched pairs (raw positions: StrykerJS 0-based line/column, mutate 1-based):');
    for (const p of sample(matched, 3)) {
      const s = p.strykerRaw.location;
      const m = p.mutateRaw;
      console.log(`  ${p.stryker.mutator}  ${show(p.stryker.original)}`);
      console.log(`    StrykerJS ${s.start.line}:${s.start.column}-${s.end.line}:${s.end.column}  replacement ${JSON.stringify(p.strykerRaw.replacement)}  normalised ${JSON.stringify(normalise(p.strykerRaw.replacement))}`);
      console.log(`    mutate    ${m.line}:${m.column}-${m.endLine}:${m.endColumn}  replacement ${JSON.stringify(m.replacement)}  normalised ${JSON.stringify(normalise(m.replacement))}`);
    }
  }

  if (samePlaceDifferentReplacement.length) {
    console.log(`\nsame place and mutator, different replacement (counted as missing on both sides): ${samePlaceDifferentReplacement.length}`);
    for (const p of samePlaceDifferentReplacement.slice(0, limit)) {
      console.log(`  ${where(p.stryker)}  ${p.stryker.mutator}  ${show(p.stryker.original)}  StrykerJS → ${show(p.stryker.replacement)}  mutate → ${show(p.mutate.replacement)}`);
    }
  }

  listMutants(`StrykerJS mutants that mutate lacks: ${strykerOnly.length}`, strykerOnly);
  listMutants(`mutate mutants that StrykerJS lacks: ${mutateOnly.length}`, mutateOnly);

  const ratio = counts.stryker === 0 ? 'n/a' : (counts.mutate / counts.stryker).toFixed(2);
  console.log(`\nmutate: ${counts.mutate} mutants, StrykerJS: ${counts.stryker} mutants (ratio ${ratio})`);
}

function listMutants(title, mutants) {
  console.log(`\n${title}`);
  for (const m of mutants.slice(0, limit)) {
    console.log(`  ${where(m)}  ${m.mutator}  ${show(m.original)} → ${show(m.replacement)}${m.ignored ? '  [ignored]' : ''}`);
  }
  if (mutants.length > limit) console.log(`  … ${mutants.length - limit} more (--verbose lists all)`);
}

/** Code on one line, long code shortened, so each mutant takes one line of output. */
function show(code) {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function percent(part, whole) {
  return whole === 0 ? 'n/a' : `${Math.round((100 * part) / whole)}%`;
}

/** A few pairs spread over the list, preferring different mutators. */
function sample(pairs, n) {
  const seen = new Set();
  const picked = pairs.filter((p) => !seen.has(p.stryker.mutator) && seen.add(p.stryker.mutator));
  return picked.slice(0, n);
}
