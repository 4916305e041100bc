/**
 * An error caused by the user's input (a source file, a flag, the config), not by mutate.
 * The CLI prints its message without a stack trace and exits with `exitCode`'s meaning.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  constructor(
    message: string,
    /**
     * What kind of user error, so the CLI can map it to its documented exit code: a bad flag or config
     * (`usage`), unusable project input such as a syntax error or a missing runner (`input`), or a test
     * suite that does not pass, or runs nothing, with no mutant active (`baseline`), a git ref or diff
     * that cannot be used (`diff`).
     */
    readonly kind: 'usage' | 'input' | 'baseline' | 'diff',
  ) {
    super(message);
  }
}

/** A source file that does not parse: names the file, line and column, and what the parser expected. */
export class SourceSyntaxError extends UserError {
  override readonly name = 'SourceSyntaxError';
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: syntax error: ${reason}`, 'input');
  }
}

/**
 * mutate's own fault, found while running (a selected test that vitest did not run, twice): the run
 * stops, since no verdict can be trusted, and the CLI asks for a report (exit code 1). Unlike other
 * errors in a worker it is never retried or turned into a mutant's RuntimeError.
 */
export class MutateBug extends Error {
  override readonly name = 'MutateBug';
}
