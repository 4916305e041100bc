import type { Issue, IssueCode, PathSegment } from './issues';
import { resolveMessage, type MessageOverrides } from './messages';

export interface ParseOptions {
  /** Stop at the first issue. */
  abortEarly?: boolean;
  /** Message templates replacing the defaults, by key (see DEFAULT_MESSAGES). */
  messages?: MessageOverrides;
  /** Collect at most this many issues. */
  maxIssues?: number;
}

export class Context {
  constructor(
    readonly issues: Issue[],
    readonly path: PathSegment[],
    readonly options: ParseOptions,
  ) {}

  static root(options: ParseOptions = {}): Context {
    return new Context([], [], options);
  }

  child(segment: PathSegment): Context {
    return new Context(this.issues, [...this.path, segment], this.options);
  }

  /** A context at the same path collecting its issues apart, for trying alternatives. */
  fork(): Context {
    return new Context([], this.path, this.options);
  }

  get full(): boolean {
    const max = this.options.maxIssues;
    return max !== undefined && this.issues.length >= max;
  }

  get aborted(): boolean {
    return this.options.abortEarly === true && this.issues.length > 0;
  }

  report(code: IssueCode, key: string, params: Record<string, unknown> = {}, message?: string): void {
    if (this.full) return;
    const text = message ?? resolveMessage(key, params, this.options.messages);
    this.issues.push({ code, path: this.path, message: text, params: { ...params } });
  }

  /** Moves a forked context's issues into this one. */
  adopt(issues: readonly Issue[]): void {
    for (const issue of issues) {
      if (this.full) return;
      this.issues.push(issue);
    }
  }
}
