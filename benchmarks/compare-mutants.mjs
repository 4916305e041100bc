#!/usr/bin/env node
// Compares the mutants mutate generates with the mutants StrykerJS 10 generates on the same files.
//
//   node benchmarks/compare-mutants.mjs <projectDir> [--json out.json] [--verbose] [--limit N] [--mutate <glob>]...
//
// mutate is run through its real CLI (`mutate list --json`), so the comparison covers exactly what
// a user sees. StrykerJS is run through its instrumenter (the part of Stryker that finds mutants),
// with Stryker's defaults: every mutator, no excluded mutations, no extra Babel plugins.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Instrumenter } from '@stryker-mutator/instrumenter';
import { discoverFiles, groupBy, matchMutants, mutateBin, normalise, percent, requireBuiltMutate, show, sourceSlice, where } from './lib/match-mutants.mjs';

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
requireBuiltMutate();

// The files: mutate's own discovery, so Stryker gets exactly the files mutate considered.
const sources = await discoverFiles(projectDir, options.mutate);

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
// Both tools' mutants become the common shape of lib/match-mutants.mjs.

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
    original: sourceSlice(text, start, end),
    replacement: m.replacement,
    ignored: m.status === 'Ignored',
    raw: m,
  };
}

// ---------------------------------------------------------------------------------------------

function compare(mutate, stryker) {
  const { matched, loosely, strykerOnly, mutateOnly } = matchMutants(stryker, mutate);

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

/** A few pairs spread over the list, preferring different mutators. */
function sample(pairs, n) {
  const seen = new Set();
  const picked = pairs.filter((p) => !seen.has(p.stryker.mutator) && seen.add(p.stryker.mutator));
  return picked.slice(0, n);
}
