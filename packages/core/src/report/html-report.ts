import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { addToGroup } from '../collections.js';
import { formatPercent, scoreOf } from '../score.js';
import { textAt } from './pr-outputs.js';
import type { FileResult, MutantResult as SchemaMutant, MutationTestResult } from 'mutation-testing-report-schema';

/**
 * One self-contained HTML file (no CDN, nothing fetched): it opens on the survivors, grouped by file,
 * each in its code context with the diff, the tests that ran it and why none noticed (its explanation, else a hint);
 * below, mutation-testing-elements (the ecosystem's standard viewer, inlined) shows every mutant.
 * Every piece of source text is escaped; the report JSON is embedded with `<` escaped.
 */
export function htmlReport(report: MutationTestResult): string {
  const viewer = readFileSync(createRequire(import.meta.url).resolve('mutation-testing-elements/dist/mutation-test-elements.js'), 'utf8');
  const files = Object.entries(report.files).toSorted(([a], [b]) => a.localeCompare(b));
  const testNames = testNamesById(report);
  const survivors = files.flatMap(([path, file]) => file.mutants.filter((mutant) => mutant.status === 'Survived').map((mutant) => ({ path, file, mutant })));
  const { score, coveredScore, lineCoverage } = figures(report);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mutate: ${survivors.length} survivors</title>
<style>${STYLE}</style>
<script>${viewer.replaceAll('</script', '<\\/script')}</script>
</head>
<body>
<header>
  <h1>Mutation report</h1>
  <dl class="figures">
    <div><dt>Mutation score</dt><dd id="score">${formatPercent(score)}</dd></div>
    <div><dt>Score on covered code</dt><dd>${formatPercent(coveredScore)}</dd></div>
    <div><dt>Line coverage of the dry run<br><small>(lines holding mutants)</small></dt><dd title="of the lines holding mutants, the share a test ran">${formatPercent(lineCoverage)}</dd></div>
    <div><dt>Survivors</dt><dd>${survivors.length}</dd></div>
  </dl>
  <p class="explain">A survivor is a change to the code that no test noticed. Lines marked <span class="covered-not-asserted">covered, not asserted</span> ran in the tests, so line coverage counts them, yet a mutant there survived.</p>
</header>
<main>
<section id="survivors">
  <h2>Survivors</h2>
  ${survivors.length === 0 ? '<p>None: every mutant the tests reached was caught.</p>' : groupByFile(survivors).map(([path, group]) => fileSection(path, group, testNames)).join('\n')}
</section>
<section id="all-mutants">
  <h2>Every mutant</h2>
  <mutation-test-report-app title-postfix="mutate"></mutation-test-report-app>
</section>
</main>
<script>
  document.querySelector('mutation-test-report-app').report = ${JSON.stringify(report).replaceAll('<', '\\u003c')};
</script>
</body>
</html>
`;
}

interface Survivor {
  readonly path: string;
  readonly file: FileResult;
  readonly mutant: SchemaMutant;
}

function groupByFile(survivors: readonly Survivor[]): [string, Survivor[]][] {
  const groups = new Map<string, Survivor[]>();
  for (const survivor of survivors) addToGroup(groups, survivor.path, survivor);
  return [...groups];
}

function fileSection(path: string, survivors: readonly Survivor[], testNames: ReadonlyMap<string, string>): string {
  return `<article class="file">
  <h3>${escapeHtml(path)} <span class="count">${survivors.length} survivor${survivors.length === 1 ? '' : 's'}</span></h3>
  ${survivors.map((survivor) => survivorCard(survivor, testNames)).join('\n')}
</article>`;
}

const CONTEXT_LINES = 2;

function survivorCard({ path, file, mutant }: Survivor, testNames: ReadonlyMap<string, string>): string {
  const lines = file.source.split('\n');
  const { start, end } = mutant.location;
  const first = Math.max(1, start.line - CONTEXT_LINES);
  const last = Math.min(lines.length, end.line + CONTEXT_LINES);
  const original = textAt(lines, mutant.location);
  const context = [];
  for (let line = first; line <= last; line++) {
    const inMutant = line >= start.line && line <= end.line;
    context.push(`<tr class="${inMutant ? 'covered-not-asserted' : ''}"><td class="line-number">${line}</td><td><code>${escapeHtml(lines[line - 1] ?? '')}</code></td></tr>`);
  }
  const tests = (mutant.coveredBy ?? []).map((id) => `<li>${escapeHtml(testNames.get(id) ?? id)}</li>`).join('');
  return `<div class="survivor" id="mutant-${escapeHtml(mutant.id)}">
    <p class="where"><a href="#mutant-${escapeHtml(mutant.id)}">${escapeHtml(path)}:${start.line}:${start.column}</a> <span class="mutator">${escapeHtml(mutant.mutatorName)}</span></p>
    <table class="context">${context.join('')}</table>
    <pre class="diff"><span class="removed">- ${escapeHtml(original)}</span>
<span class="added">+ ${escapeHtml(mutant.replacement ?? '')}</span></pre>
    ${mutant.statusReason ? `<p class="why">${escapeHtml(mutant.statusReason)}</p>` : `<p class="hint">${escapeHtml(hintFor(mutant.mutatorName, original, mutant.replacement ?? ''))}</p>`}
    <details><summary>${(mutant.coveredBy ?? []).length} test${(mutant.coveredBy ?? []).length === 1 ? '' : 's'} ran this code and passed</summary><ul>${tests}</ul></details>
  </div>`;
}

/** A plain-language guess at the assertion that would have caught the mutant. */
function hintFor(mutator: string, original: string, replacement: string): string {
  switch (mutator) {
    case 'EqualityOperator':
      return `No test sits on the boundary of \`${original}\`: add a case where both sides are equal (and one on each side), and assert the result.`;
    case 'ConditionalExpression':
      return `Forcing \`${original}\` to ${replacement} changed nothing the tests check: add a case where the condition goes the other way.`;
    case 'ReturnValue':
    case 'ReturnRemoval':
      return 'What this returns is never asserted: check the return value in a test.';
    case 'StringLiteral':
      return 'This text never reaches an assertion: assert the message or label it produces.';
    case 'BlockStatement':
    case 'CallExpression':
      return 'Removing this code changed nothing the tests check: assert its effect (a state change, a call, a thrown error).';
    case 'ArithmeticOperator':
    case 'AssignmentOperator':
    case 'UnaryOperator':
    case 'UpdateOperator':
      return 'The computed number is never checked exactly: assert the value, with inputs where the operators give different results.';
    case 'LogicalOperator':
      return `\`${original}\` and \`${replacement}\` agree on every input tested: add a case where exactly one side is true.`;
    case 'MethodExpression':
      return `The tests cannot tell \`${original}\` from \`${replacement}\`: use inputs where the two differ.`;
    case 'Regex':
      return 'No test input tells the two patterns apart: add an input this pattern must accept or reject because of that part.';
    case 'OptionalChaining':
      return 'No test passes a missing value here: add a case with null or undefined.';
    default:
      return `The tests pass with \`${replacement}\` in place of \`${original}\`: add a case they would fail.`;
  }
}

function testNamesById(report: MutationTestResult): Map<string, string> {
  const names = new Map<string, string>();
  for (const [path, testFile] of Object.entries(report.testFiles ?? {})) {
    for (const test of testFile.tests) names.set(test.id, `${path}: ${test.name}`);
  }
  return names;
}

/** Scores, and the share of lines holding mutants that the dry run executed (any mutant there covered). */
function figures(report: MutationTestResult): { score: number | undefined; coveredScore: number | undefined; lineCoverage: number | undefined } {
  const lines = new Map<string, boolean>();
  for (const [path, file] of Object.entries(report.files)) {
    for (const mutant of file.mutants) {
      if (mutant.status === 'Ignored') continue;
      const key = `${path}:${mutant.location.start.line}`;
      lines.set(key, (lines.get(key) ?? false) || mutant.status !== 'NoCoverage');
    }
  }
  const { score, coveredScore } = scoreOf(Object.values(report.files).flatMap((file) => file.mutants));
  return { score, coveredScore, lineCoverage: lines.size === 0 ? undefined : (100 * [...lines.values()].filter(Boolean).length) / lines.size };
}

export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #fff; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1rem; }
.figures { display: flex; gap: 2rem; flex-wrap: wrap; }
.figures dt { font-size: .8rem; color: #555; } .figures dd { margin: 0; font-size: 1.6rem; font-weight: 600; }
.explain { color: #444; }
.file { margin: 1.5rem 0; } .count { font-weight: normal; color: #666; font-size: .9rem; }
.survivor { border: 1px solid #ddd; border-radius: 6px; padding: .5rem 1rem; margin: .75rem 0; }
.where { margin: .25rem 0; } .mutator { background: #eef; border-radius: 4px; padding: 0 .4rem; font-size: .85rem; }
.context { border-collapse: collapse; font-family: ui-monospace, monospace; font-size: .85rem; width: 100%; }
.context td { padding: 0 .5rem; white-space: pre; } .line-number { color: #999; text-align: right; width: 3rem; }
.covered-not-asserted { background: #fff3cd; }
.diff { background: #f6f8fa; padding: .5rem; overflow-x: auto; } .removed { color: #b31d28; } .added { color: #22863a; }
.hint { color: #333; font-style: italic; }
.why { color: #333; white-space: pre-line; }
`;
