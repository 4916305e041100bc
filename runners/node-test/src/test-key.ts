// A test's key within its file, the same whether the preload computes it as the test is defined
// (`runtime/wrap-node-test.ts`) or the session reads it from node:test's report (`file-results.ts`):
// the names of its suites and itself, each with its place among same-named siblings when it is not
// the first (two tests may share a name). No imports: it runs in the test's process too.

/** The key of the tree's root (the file), whose children are the top-level tests and suites. */
export const ROOT_KEY = '';

/** The key of the `occurrence`-th (from 1) child named `name` of the node keyed `parent`. */
export function childKey(parent: string, name: string, occurrence: number): string {
  const step = occurrence > 1 ? [name, occurrence] : [name];
  return parent === ROOT_KEY ? JSON.stringify([step]) : `${parent.slice(0, -1)},${JSON.stringify(step)}]`;
}

/** Counts the children of each node by name, as they are defined or reported, in order. */
export class SiblingCounter {
  private readonly seen = new Map<string, number>();

  /** The key of the next child named `name` of `parent`. */
  next(parent: string, name: string): string {
    const counted = `${parent}\0${name}`;
    const occurrence = (this.seen.get(counted) ?? 0) + 1;
    this.seen.set(counted, occurrence);
    return childKey(parent, name, occurrence);
  }
}

/** node:test's name for a test or suite defined with these arguments: its own string, else its function's name. */
export function nodeTestName(name: unknown, fn: unknown): string {
  if (typeof name === 'string' && name !== '') return name;
  const fnName = typeof fn === 'function' ? fn.name : '';
  return fnName || '<anonymous>';
}
