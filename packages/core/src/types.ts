/** A position in a source file: line 1-based, column 1-based (as in mutation-testing-report-schema). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** A range in a source file; `end` points just past the last character. */
export interface Location {
  readonly start: Position;
  readonly end: Position;
}

/** A source file to mutate, read once. `path` is relative to the project root, with `/` separators. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Where and how a mutant's run-time switch goes in the instrumented copy of its file.
 * Offsets are UTF-16 indexes into the original text; `code` replaces [start, end) when the mutant is active.
 *
 * - `expression`: `(active === id ? (code) : (cover(id), original))`
 * - `statement`:  `if (active === id) { code } else { cover(id); original }`
 * - `block`: [start, end) is the inside of a block's braces (after its directives); same shape as `statement`
 */
export interface Placement {
  readonly kind: 'expression' | 'statement' | 'block';
  readonly start: number;
  readonly end: number;
  readonly code: string;
  /** The expression starts a statement in a statement list: a leading `;` guards against ASI joining it to the line above. */
  readonly startsStatement?: boolean;
}

/** One mutant: a single small fault at one place in one file. Plain data: it crosses into workers and reports. */
export interface Mutant {
  /** Stable id: the same sources give the same ids in the same order. */
  readonly id: number;
  readonly file: string;
  readonly mutatorName: string;
  readonly location: Location;
  /** Offsets of the mutated node in the original text. */
  readonly range: readonly [start: number, end: number];
  /** The original source text of the mutated node. */
  readonly original: string;
  /** The source text that replaces it. */
  readonly replacement: string;
  /** Set when a disable comment (or configuration) excludes the mutant: it is reported as Ignored with this reason. */
  readonly ignoreReason?: string;
  readonly placement: Placement;
}

/** Every status of mutation-testing-report-schema, plus Pending for a run that was interrupted. */
export type MutantStatus =
  | 'Killed'
  | 'Survived'
  | 'NoCoverage'
  | 'Timeout'
  | 'RuntimeError'
  | 'CompileError'
  | 'Ignored'
  | 'Pending';
