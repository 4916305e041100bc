import type { Issue, IssueCode, PathSegment } from '../core/index.js';
import { paint } from './color.js';
import { getFormatOptions } from './options.js';
import { pluralize } from './text.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** ["user", "tags", 0] → "user.tags[0]"; ["a b"] → '["a b"]'; [] → "(root)". */
export function formatPath(path: PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

const SEVERITY: Record<IssueCode, number> = {
  required: 0,
  invalid_type: 1,
  unknown_key: 2,
  invalid_value: 3,
  invalid_format: 3,
  too_small: 4,
  too_big: 4,
};

/** Sorted by path, then by how fundamental the problem is. */
export function sortIssues(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => {
    const byPath = formatPath(a.path).localeCompare(formatPath(b.path));
    return byPath !== 0 ? byPath : SEVERITY[a.code] - SEVERITY[b.code];
  });
}

export interface IssueReportOptions {
  /** Heading, e.g. the file that was validated. */
  title?: string;
}

export function formatIssues(issues: Issue[], options: IssueReportOptions = {}): string {
  if (issues.length === 0) return paint('No problems found', 'green');
  const bullet = getFormatOptions().ascii ? '-' : '•';
  const sorted = sortIssues(issues);
  const heading = `${pluralize(issues.length, 'problem')}${options.title ? ` in ${options.title}` : ''}:`;
  const lines = [paint(heading, 'bold', 'red')];
  for (const issue of sorted) {
    lines.push(`  ${bullet} ${paint(formatPath(issue.path), 'cyan')}: ${issue.message}`);
  }
  return lines.join('\n');
}
