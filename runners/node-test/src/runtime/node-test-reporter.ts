// node:test's reporter in a test file's process (`--test-reporter`): one JSON line per test event
// mutate reads (`file-results.ts`): as each test and suite starts, in the order they are defined,
// and whether it passed, failed or was skipped, how long it took, and why it failed.
export interface ReportedEvent {
  readonly type: 'start' | 'pass' | 'fail';
  readonly name: string;
  readonly nesting: number;
  readonly durationMs?: number;
  readonly skip?: boolean;
  readonly todo?: boolean;
  readonly message?: string;
  /** node:test's `failureType` ('testCodeFailure', 'hookFailed', 'subtestsFailed', 'cancelledByParent'...). */
  readonly failureType?: string;
}

interface TestEvent {
  readonly type: string;
  readonly data: {
    readonly name: string;
    readonly nesting: number;
    readonly skip?: unknown;
    readonly todo?: unknown;
    readonly details?: { readonly duration_ms?: number; readonly error?: { readonly message?: string; readonly cause?: unknown; readonly failureType?: string } };
  };
}

const TYPES: Record<string, ReportedEvent['type'] | undefined> = { 'test:start': 'start', 'test:pass': 'pass', 'test:fail': 'fail' };

export default async function* mutateReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  for await (const event of source) {
    const type = TYPES[event.type];
    if (!type) continue;
    const { name, nesting, skip, todo, details } = event.data;
    const line: ReportedEvent = {
      type,
      name,
      nesting,
      ...(details?.duration_ms !== undefined ? { durationMs: details.duration_ms } : {}),
      ...(skip !== undefined && skip !== false ? { skip: true } : {}),
      ...(todo !== undefined && todo !== false ? { todo: true } : {}),
      ...(details?.error ? { message: messageOf(details.error), failureType: details.error.failureType ?? 'unknown' } : {}),
    };
    yield `${JSON.stringify(line)}\n`;
  }
}

/** node:test wraps what the test threw: the thrown error's message, with the stack's first frames. */
function messageOf(error: { message?: string; cause?: unknown }): string {
  const cause = error.cause ?? error;
  if (cause instanceof Error) return (cause.stack ?? `${cause.name}: ${cause.message}`).split('\n').slice(0, 6).join('\n');
  return typeof cause === 'string' ? cause : (error.message ?? String(cause));
}
