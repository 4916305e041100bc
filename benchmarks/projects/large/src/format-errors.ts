import type { Issue } from './issues';
import { formatPath } from './path';
import { pluralize } from './text';

export interface FlatErrors {
  /** Messages about the input as a whole. */
  formErrors: string[];
  /** Messages by top-level key (for nested paths, the first segment). */
  fieldErrors: Record<string, string[]>;
}

export function flatten(issues: readonly Issue[]): FlatErrors {
  const result: FlatErrors = { formErrors: [], fieldErrors: {} };
  for (const issue of issues) {
    if (issue.path.length === 0) {
      result.formErrors.push(issue.message);
      continue;
    }
    const key = String(issue.path[0]);
    (result.fieldErrors[key] ??= []).push(issue.message);
  }
  return result;
}

export interface ErrorTree {
  errors: string[];
  children: Record<string, ErrorTree>;
}

/** The issues as a tree following their paths. */
export function errorTree(issues: readonly Issue[]): ErrorTree {
  const root: ErrorTree = { errors: [], children: {} };
  for (const issue of issues) {
    let node = root;
    for (const segment of issue.path) {
      node = node.children[String(segment)] ??= { errors: [], children: {} };
    }
    node.errors.push(issue.message);
  }
  return root;
}

/** `2 issues: name: Required; age: Must be positive`, with at most `max` listed. */
export function summarize(issues: readonly Issue[], max = 3): string {
  if (issues.length === 0) return 'No issues';
  const shown = issues.slice(0, max).map((issue) => (issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message));
  const hidden = issues.length - shown.length;
  const text = `${pluralize(issues.length, 'issue')}: ${shown.join('; ')}`;
  return hidden > 0 ? `${text}; and ${hidden} more` : text;
}
