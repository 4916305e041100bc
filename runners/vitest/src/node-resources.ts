// What Node has open in this thread or process (`process.getActiveResourcesInfo()`), as the kept-
// alive worker reads it after each run (`worker-state.ts`, `unhandled-errors.ts`). Node built-ins only.

/** The kinds of Node's open resources, one entry per resource ("Timeout", "TCPServerWrap", "FSReqPromise"…). */
export function activeResources(): string[] {
  return (process as { getActiveResourcesInfo?: () => string[] }).getActiveResourcesInfo?.() ?? [];
}

/** A request in flight (a file read or close, a DNS lookup, a write), short-lived, as against a timer or a handle. */
export function isRequest(resource: string): boolean {
  return /Req|^WriteWrap$|^ShutdownWrap$/.test(resource);
}
