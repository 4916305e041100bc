import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { MutantResult as SchemaMutant, MutationTestResult } from 'mutation-testing-report-schema';
import { addToGroup } from '../collections.js';
import { formatPercent, scoreOf } from '../score.js';

interface Survivor {
  readonly file: string;
  readonly mutant: SchemaMutant;
  readonly original: string;
}

/** Survivors in file and line order, with their original text. */
function survivorsOf(report: MutationTestResult): Survivor[] {
  return Object.entries(report.files)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, result]) => {
      const lines = result.source.split('\n');
      return result.mutants
        .filter((mutant) => mutant.status === 'Survived')
        .toSorted((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column)
        .map((mutant) => ({ file, mutant, original: textAt(lines, mutant.location) }));
    });
}

export function textAt(lines: readonly string[], { start, end }: SchemaMutant['location']): string {
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  return [(lines[start.line - 1] ?? '').slice(start.column - 1), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? '').slice(0, end.column - 1)].join('\n');
}

/** A survivor's explanation (`explain/`), after its message. */
function why(mutant: { readonly statusReason?: string | undefined }): string {
  return mutant.statusReason ? ` ${mutant.statusReason}` : '';
}

function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/**
 * GitHub Actions workflow commands for the survivors: at most one annotation per line (reviewers of
 * Google's mutation testing asked for no more), the others on that line counted in its message.
 */
export function githubAnnotations(report: MutationTestResult): string[] {
  const byLine = new Map<string, Survivor[]>();
  for (const survivor of survivorsOf(report)) {
    const key = `${survivor.file}:${survivor.mutant.location.start.line}`;
    addToGroup(byLine, key, survivor);
  }
  return [...byLine.values()].map(([first, ...others]) => {
    const { file, mutant, original } = first!;
    const more = others.length > 0 ? ` (and ${others.length} more surviving mutant${others.length === 1 ? '' : 's'} on this line)` : '';
    const message = `Survived mutant: \`${oneLine(original)}\` → \`${oneLine(mutant.replacement ?? '')}\` and no test failed${more}.${why(mutant)}`;
    return `::warning file=${escapeProperty(file)},line=${mutant.location.start.line},endLine=${mutant.location.end.line},title=${escapeProperty(mutant.mutatorName)}::${escapeData(message)}`;
  });
}

// GitHub's escaping for workflow command data and properties.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** A Markdown summary of the run: score, per-file table, and the survivors as diffs. */
export function markdownSummary(report: MutationTestResult, maxSurvivors = 50): string {
  const files = Object.entries(report.files).toSorted(([a], [b]) => a.localeCompare(b));
  const total = scoreOf(files.flatMap(([, file]) => file.mutants));
  const scope = (report.config as { scope?: Record<string, string> } | undefined)?.scope;
  const lines = [
    '## Mutation testing',
    '',
    ...(scope ? [`_Scoped run (${Object.entries(scope).map(([key, value]) => `${key}: ${value}`).join(', ')}): the score covers only these mutants._`, ''] : []),
    `**Mutation score: ${formatPercent(total.score)}** (on covered code: ${formatPercent(total.coveredScore)}) · Killed ${total.counts.Killed} · Survived ${total.counts.Survived} · No coverage ${total.counts.NoCoverage} · Timeout ${total.counts.Timeout}`,
    '',
    '| File | Score | Killed | Survived | No coverage |',
    '|---|---:|---:|---:|---:|',
    ...files.map(([name, file]) => {
      const score = scoreOf(file.mutants);
      return `| ${name} | ${formatPercent(score.score)} | ${score.counts.Killed + score.counts.Timeout} | ${score.counts.Survived} | ${score.counts.NoCoverage} |`;
    }),
  ];
  const survivors = survivorsOf(report);
  if (survivors.length > 0) {
    lines.push('', `### Survivors (${survivors.length})`, '');
    for (const { file, mutant, original } of survivors.slice(0, maxSurvivors)) {
      lines.push(`\`${file}:${mutant.location.start.line}\` ${mutant.mutatorName}`, '', '```diff', ...original.split('\n').map((line) => `- ${line}`), ...(mutant.replacement ?? '').split('\n').map((line) => `+ ${line}`), '```', '');
      if (mutant.statusReason) lines.push(...mutant.statusReason.split('\n').map((line) => `> ${line}`), '');
    }
    if (survivors.length > maxSurvivors) lines.push(`... and ${survivors.length - maxSurvivors} more in the HTML report.`);
  }
  return `${lines.join('\n')}\n`;
}

/** SARIF 2.1.0 for code scanning: one result per survivor, one rule per mutator. */
export function sarifReport(report: MutationTestResult): Log {
  const survivors = survivorsOf(report);
  const ruleIds = [...new Set(survivors.map(({ mutant }) => mutant.mutatorName))].toSorted();
  const rules: ReportingDescriptor[] = ruleIds.map((id) => ({
    id,
    name: id,
    shortDescription: { text: `A ${id} mutant survived: no test noticed the change` },
    helpUri: 'https://github.com/mutate/mutate/blob/main/docs/mutators.md',
  }));
  const results: Result[] = survivors.map(({ file, mutant, original }) => ({
    ruleId: mutant.mutatorName,
    ruleIndex: ruleIds.indexOf(mutant.mutatorName),
    level: 'warning',
    message: { text: `Survived mutant: \`${oneLine(original)}\` → \`${oneLine(mutant.replacement ?? '')}\`; no test failed.${why(mutant)}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
          region: { startLine: mutant.location.start.line, startColumn: mutant.location.start.column, endLine: mutant.location.end.line, endColumn: mutant.location.end.column },
        },
      },
    ],
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'mutate', ...(report.framework?.version ? { version: report.framework.version } : {}), rules } }, results }],
  };
}
