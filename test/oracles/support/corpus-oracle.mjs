// The real-world oracle: mutate instruments the sources of third-party npm packages (test/corpus,
// installed by scripts/install-test-deps.mjs, never committed), and every instrumented file must
// compile with esbuild (the compiler vite uses) and parse with Babel, every mutant applied alone must
// parse, and generating the mutants must never throw. Shared by test/oracles/corpus.test.ts (a fixed
// sample) and scripts/corpus-oracle.mjs (`npm run corpus`, the whole corpus).
//
// Plain JavaScript, so the script runs on Node without a TypeScript loader.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMutant, generateMutants, instrumentFile, parseSource } from '@mutate/core';
import { allMutators } from '@mutate/mutators';
import { transform } from 'esbuild';
import { globSync } from 'tinyglobby';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
const MODULES = path.join(CORPUS_DIR, 'node_modules');

/**
 * Which files of each package are its sources, in the extensions they ship. Compiled copies of the
 * same sources (`dist/*.js` next to `src/*.ts`) are left out; a package's `.mjs`, `.cjs` or `.jsx` build
 * is taken where it is the only one in that extension (openai's `.mjs`, zod's `.cjs`, solid's `.jsx`).
 */
export const CORPUS = {
  zod: ['src/**/*.ts', 'v3/**/*.cjs', 'v4/**/*.cjs'],
  rxjs: ['src/**/*.ts'],
  openai: ['src/**/*.ts', '**/*.mjs', '!src/**'],
  immer: ['src/**/*.ts'],
  '@radix-ui/themes': ['src/**/*.ts', 'src/**/*.tsx'],
  '@kobalte/core': ['src/**/*.ts', 'src/**/*.tsx', 'dist/**/*.jsx'],
  '@ark-ui/solid': ['dist/**/*.jsx'],
  '@solidjs/router': ['dist/**/*.jsx'],
  eslint: ['lib/**/*.js'],
  svelte: ['src/**/*.js'],
  '@sveltejs/kit': ['src/**/*.js'],
  'markdown-it': ['index.mjs', 'lib/**/*.mjs'],
  'css-tree': ['cjs/**/*.cjs'],
  csso: ['cjs/**/*.cjs'],
};

/** Every corpus file as a path relative to test/corpus/node_modules, sorted: the same list on every machine. */
export function corpusFiles() {
  const files = [];
  for (const [name, patterns] of Object.entries(CORPUS)) {
    const cwd = path.join(MODULES, name);
    const found = globSync([...patterns, '!**/*.d.ts', '!**/*.d.mts', '!**/*.d.cts', '!**/node_modules/**'], { cwd });
    if (found.length === 0) throw new Error(`the corpus package ${name} is not installed: run node scripts/install-test-deps.mjs`);
    files.push(...found.map((file) => `${name}/${file}`));
  }
  return files.sort();
}

/** Every `step`-th file of each extension, starting with the first: a fixed sample that covers every grammar. */
export function sampleOf(files, step) {
  const byExtension = new Map();
  for (const file of files) {
    const extension = path.extname(file);
    byExtension.set(extension, [...(byExtension.get(extension) ?? []), file]);
  }
  return [...byExtension.values()].flatMap((list) => list.filter((_, index) => index % step === 0)).sort();
}

/** The loader vite's esbuild transform would pick for the extension. */
function loaderFor(file) {
  const extension = path.extname(file).slice(1);
  if (extension === 'tsx' || extension === 'jsx') return extension;
  return /^[mc]?ts$/.test(extension) ? 'ts' : 'js';
}

async function esbuildError(code, file) {
  try {
    await transform(code, { loader: loaderFor(file), sourcefile: file, logLevel: 'silent' });
    return undefined;
  } catch (error) {
    return firstLine(error);
  }
}

function babelError(code, file) {
  try {
    parseSource({ path: file, text: code });
    return undefined;
  } catch (error) {
    return firstLine(error);
  }
}

function firstLine(error) {
  return String(error?.message ?? error).split('\n').slice(0, 2).join(' ');
}

/**
 * Checks one corpus file. A file that is not valid source to begin with (Flow, a grammar the
 * extension does not imply) is skipped; one esbuild itself rejects (JSX in a `.js` file) is held
 * to Babel alone.
 *
 * Each mutant is applied alone and parsed. Unless `exact`, the file's other top-level statements,
 * which the mutant does not touch, are blanked out first (spaces, same offsets and lines): a mutant
 * then costs the parse of one statement, not of the whole file (20 times faster over the corpus).
 *
 * @param {string} file
 * @param {{ exact?: boolean }} [options]
 * @returns {Promise<FileResult>}
 */
export async function checkFile(file, { exact = false } = {}) {
  const text = readFileSync(path.join(MODULES, file), 'utf8');
  const source = { path: file, text };
  if (babelError(text, file)) return { file, skipped: 'not valid source', mutants: 0, problems: [], invalidMutants: 0 };
  const checkEsbuild = (await esbuildError(text, file)) === undefined;

  let mutants;
  try {
    mutants = generateMutants([source], allMutators).mutants;
  } catch (error) {
    return { file, mutants: 0, problems: [`generation threw: ${firstLine(error)}`], invalidMutants: 0 };
  }
  const problems = [];
  const { code } = instrumentFile(source, mutants);
  const instrumentedByBabel = babelError(code, file);
  if (instrumentedByBabel) problems.push(`instrumented, Babel: ${instrumentedByBabel}`);
  const instrumentedByEsbuild = checkEsbuild ? await esbuildError(code, file) : undefined;
  if (instrumentedByEsbuild) problems.push(`instrumented, esbuild: ${instrumentedByEsbuild}`);
  let invalidMutants = 0;
  const alone = oneStatementOf(source, exact);
  for (const mutant of mutants) {
    const error = babelError(applyMutant(alone.textFor(mutant), mutant), alone.path)?.replace(alone.path, file);
    if (!error) continue;
    invalidMutants += 1;
    problems.push(`mutant ${mutant.id} (${mutant.mutatorName}, line ${mutant.location.start.line}: ${JSON.stringify(mutant.original)} → ${JSON.stringify(mutant.replacement)}): ${error}`);
  }
  return { file, mutants: mutants.length, problems, invalidMutants };
}

/**
 * For each mutant, the text to apply it to and the path to parse that under: the file's text with
 * every other top-level statement blanked out (a `.js` module keeps its module grammar though its
 * imports are gone). A statement that does not parse alone unmutated (`export { x }` of a blanked
 * `x`) keeps the whole text.
 */
function oneStatementOf(source, exact) {
  const whole = { path: source.path, textFor: () => source.text };
  if (exact) return whole;
  const { body, sourceType } = parseSource(source).program;
  const path = sourceType === 'module' && /\.(js|jsx|cjs)$/.test(source.path) ? source.path.replace(/\.\w+$/, '.mjs') : source.path;
  const alone = new Map();
  const textAlone = (statement) => {
    if (!alone.has(statement)) {
      let text = '';
      let offset = 0;
      for (const other of body) {
        if (other === statement) continue;
        text += source.text.slice(offset, other.start) + source.text.slice(other.start, other.end).replace(/[^\n]/g, ' ');
        offset = other.end;
      }
      text += source.text.slice(offset);
      alone.set(statement, babelError(text, path) === undefined ? text : source.text);
    }
    return alone.get(statement);
  };
  return {
    path,
    textFor: ({ range: [start, end] }) => {
      const statement = body.find((node) => node.start <= start && end <= node.end);
      return statement ? textAlone(statement) : source.text;
    },
  };
}

/**
 * @typedef {{ file: string, skipped?: string, mutants: number, problems: string[], invalidMutants: number }} FileResult
 * @typedef {{ files: number, skipped: number, mutants: number, invalidFiles: number, invalidMutants: number, failures: FileResult[], durationMs: number }} CorpusSummary
 */

/**
 * Checks the files in order; `onFile` sees each result as it comes.
 *
 * @param {readonly string[]} files
 * @param {(result: FileResult) => void} [onFile]
 * @param {{ exact?: boolean }} [options]
 * @returns {Promise<CorpusSummary>}
 */
export async function checkCorpus(files, onFile = () => {}, options = {}) {
  const started = performance.now();
  /** @type {CorpusSummary} */
  const summary = { files: 0, skipped: 0, mutants: 0, invalidFiles: 0, invalidMutants: 0, failures: [], durationMs: 0 };
  for (const file of files) {
    const result = await checkFile(file, options);
    onFile(result);
    if (result.skipped) {
      summary.skipped += 1;
      continue;
    }
    summary.files += 1;
    summary.mutants += result.mutants;
    summary.invalidMutants += result.invalidMutants;
    if (result.problems.length > result.invalidMutants) summary.invalidFiles += 1;
    if (result.problems.length > 0) summary.failures.push(result);
  }
  summary.durationMs = performance.now() - started;
  return summary;
}
