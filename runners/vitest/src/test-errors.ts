import { stripVTControlCharacters } from 'node:util';
import type { ReportedError } from './file-report.js';

/** A failed test's first error message. */
export function failureMessage(errors: readonly ReportedError[] | undefined): string {
  return errors?.[0]?.message ?? 'failed';
}

/**
 * Why a test file failed to load, in full: the message, where (`file:line:column`, for transform
 * and syntax errors) and the code frame. vitest's message alone can be just "Transform failed with
 * 1 error:", which leaves the user to guess the file and line.
 */
export function describeLoadError(error: ReportedError): string {
  const parts = [error.message ?? String(error)];
  const where = error.loc?.file ?? error.id;
  if (where && !parts[0]!.includes(where)) parts.push(`at ${where}${error.loc?.line ? `:${error.loc.line}:${(error.loc.column ?? 0) + 1}` : ''}`);
  if (error.frame) parts.push(error.frame);
  else if (!error.loc && error.stack) {
    // Where the project's code threw (a module-level error), not where the tooling reported it.
    const firstFrame = error.stack.split('\n').find((line) => /^\s*at .*\/[^/]+:\d+:\d+\)?$/.test(line) && !line.includes('/node_modules/'));
    if (firstFrame) parts.push(firstFrame.trim());
  }
  // Plain text: it goes to CI logs as often as to a terminal.
  return stripVTControlCharacters(parts.join('\n')).replace(/\n{2,}/g, '\n');
}

/** An error no test awaited, for a verdict or a failed dry run: the error and where it came from (the test running when it was thrown, if one was). */
export function describeUnhandledError(error: ReportedError): string {
  const during = error.VITEST_TEST_NAME ? ` during test "${error.VITEST_TEST_NAME}"` : '';
  return `an unhandled error${during} (vitest fails the run for it): ${describeLoadError(error)}`;
}
