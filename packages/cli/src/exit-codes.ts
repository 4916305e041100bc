/**
 * Every exit code mutate uses, in one place. The README documents this table; keep them in step.
 * Codes are distinct so CI scripts can tell a weak test suite from a broken setup.
 */
export const ExitCode = {
  /** The command did what was asked (and the score, if any, is at or above `break`). */
  Success: 0,
  /** mutate itself failed: a bug. The message asks for a report. */
  InternalError: 1,
  /** A bad flag, command or config value. */
  UsageError: 2,
  /** The project's input cannot be used: a source file that does not parse, a missing test runner. */
  InputError: 3,
  /** The run finished, but the mutation score is below `--break` (`thresholds.break`). */
  BelowBreak: 4,
  /** The tests fail with no mutant active (the message names them), or no test runs at all. */
  BaselineFailed: 5,
  /** `--since` or `--in-diff` cannot be used: not a git repository, an unknown ref, a diff that does not match the files. */
  DiffError: 6,
  /** The run was stopped (Ctrl-C, SIGTERM) before every mutant was tested; the partial report has the rest Pending. */
  Interrupted: 130,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
