/** Appends `value` to the list kept under `key`, starting the list if needed (no copying: this runs per mutant). */
export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}

/** The sum of `valueOf` over `items`. */
export function sumOf<T>(items: Iterable<T>, valueOf: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += valueOf(item);
  return total;
}

/** Test ids grouped by project and file, in the order their first test comes (the plan orders a mutant's tests fastest first). */
export function groupByFileInOrder(tests: readonly { readonly id: string; readonly file: string; readonly project?: string | undefined }[]): { project: string | undefined; file: string; ids: string[] }[] {
  const byFile = new Map<string, string[]>();
  const where = new Map<string, { project: string | undefined; file: string }>();
  for (const { id, file, project } of tests) {
    const key = `${project ?? ''}\0${file}`;
    where.set(key, { project, file });
    addToGroup(byFile, key, id);
  }
  return [...byFile].map(([key, ids]) => ({ ...where.get(key)!, ids }));
}

/** The map's value for `key`, made and stored on first asking. */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
}
