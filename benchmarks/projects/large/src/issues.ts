import { formatPath } from './path';

/** One step of the path from the root input to the value an issue is about. */
export type PathSegment = string | number;

export type IssueCode =
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_length'
  | 'invalid_string'
  | 'invalid_literal'
  | 'invalid_enum'
  | 'unrecognized_keys'
  | 'invalid_union'
  | 'invalid_discriminator'
  | 'invalid_intersection'
  | 'invalid_date'
  | 'not_multiple_of'
  | 'not_finite'
  | 'not_integer'
  | 'duplicate_items'
  | 'custom';

export interface Issue {
  code: IssueCode;
  path: PathSegment[];
  message: string;
  params: Record<string, unknown>;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Thrown by `parse` when the input does not match the schema. */
export class ValidationError extends Error {
  readonly issues: Issue[];

  constructor(issues: Issue[]) {
    super(ValidationError.describe(issues));
    this.name = 'ValidationError';
    this.issues = issues;
  }

  static describe(issues: readonly Issue[]): string {
    if (issues.length === 0) return 'Validation failed';
    const first = issues[0]!;
    const head = first.path.length > 0 ? `${formatPath(first.path)}: ${first.message}` : first.message;
    if (issues.length === 1) return head;
    const rest = issues.length - 1;
    return `${head} (and ${rest} more ${rest === 1 ? 'issue' : 'issues'})`;
  }

  get first(): Issue | undefined {
    return this.issues[0];
  }

  /** Issues at `path` or below it. */
  at(path: readonly PathSegment[]): Issue[] {
    return this.issues.filter((issue) => {
      if (issue.path.length < path.length) return false;
      for (let i = 0; i < path.length; i++) {
        if (issue.path[i] !== path[i]) return false;
      }
      return true;
    });
  }
}

export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof ValidationError;
}
