// Test ids: stable across runs, made from the test file and the names of the test's suites and
// itself (never a regex over joined names). Two tests of one file with the same names get distinct
// ids by their order, which jest keeps from run to run.
import type { CircusBlock, CircusTest } from './thread-types.js';

/** A test's id: its project's label, its file relative to the project's root, its names; `#2`... for a repeated one. */
function testId(label: string, file: string, names: readonly string[], occurrence: number): string {
  const base = `${label ? `[${label}] ` : ''}${file} > ${names.join(' > ')}`;
  return occurrence > 1 ? `${base} #${occurrence}` : base;
}

/** The names of the test's suites (outermost first) and its own: jest's ancestor titles and title. */
function namesOf(test: CircusTest): string[] {
  const names = [test.name];
  // The root block (no parent) is jest's own, not a suite of the file.
  for (let block: CircusBlock | undefined = test.parent; block?.parent; block = block.parent) names.unshift(block.name);
  return names;
}

/** Every test of a collected file, in order, with its id and names. */
function testIdsOf(root: CircusBlock, label: string, file: string): Map<CircusTest, { id: string; names: string[] }> {
  const ids = new Map<CircusTest, { id: string; names: string[] }>();
  const seen = new Map<string, number>();
  const visit = (block: CircusBlock) => {
    for (const child of block.children) {
      if (child.type === 'describeBlock') {
        visit(child);
        continue;
      }
      const names = namesOf(child);
      const key = testId(label, file, names, 1);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      ids.set(child, { id: testId(label, file, names, occurrence), names });
    }
  };
  visit(root);
  return ids;
}

export = { testId, namesOf, testIdsOf };
