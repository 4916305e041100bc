/**
 * What a kept-alive test thread posts to its pool, besides vitest's own messages: "do not park me,
 * end me" (its state drifted in a way it cannot put back). An object vitest's own message handlers
 * ignore. A module of its own, so the thread need not load the pool.
 */
export const REPLACE_THREAD = { __mutateReplaceThread: true } as const;

export function isReplaceRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as Record<string, unknown>)['__mutateReplaceThread'] === true;
}

/**
 * The last message of a vitest 3 thread's run on that run's own RPC channel, which vitest's birpc
 * ignores (no `t`): when it comes, every report the run sent has come (`vitest3-runtime.ts`).
 */
export const END_OF_REPORTS = { __mutateEndOfReports: true } as const;

export function isEndOfReports(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as Record<string, unknown>)['__mutateEndOfReports'] === true;
}

/** With MUTATE_DEBUG set, a line on stderr for each new test worker: tests count them. */
export function debugWorkerStarted(kind: string): void {
  if (process.env['MUTATE_DEBUG']) process.stderr.write(`[mutate] test worker started (${kind})\n`);
}
