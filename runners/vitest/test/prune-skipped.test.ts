import { describe, expect, it } from 'vitest';
import { SkippedTestPruner } from '../src/prune-skipped.js';

interface Node {
  id: string;
  type: 'suite' | 'test';
  name: string;
  mode: 'run' | 'skip';
  tasks?: Node[];
  suite?: Node;
  file?: Node;
}

/** A file as vitest's runner collects it: suites and tests that point back at their suite and file. */
function collectedFile(): Node {
  const file: Node = { id: 'f', type: 'suite', name: 'a.test.ts', mode: 'run', tasks: [] };
  file.file = file;
  const suite = (id: string, tests: [string, 'run' | 'skip'][]): Node => {
    const node: Node = { id, type: 'suite', name: id, mode: 'run', suite: file, file, tasks: [] };
    node.tasks = tests.map(([testId, mode]) => ({ id: testId, type: 'test', name: testId, mode, suite: node, file }));
    return node;
  };
  file.tasks = [suite('s1', [['t1', 'skip'], ['t2', 'run']]), suite('s2', [['t3', 'skip']])];
  return file;
}

const collected = (file: Node) => ({ t: 'q', m: 'onCollected', a: [[file]], i: 'x' });

describe('SkippedTestPruner', () => {
  it("cuts the tests vitest's filter skipped, and the suites left empty, out of what the worker reports", () => {
    const pruner = new SkippedTestPruner();
    const sent = pruner.prune(collected(collectedFile())) as { a: [Node[]] };
    const [file] = sent.a[0];
    expect(file!.tasks!.map((suite) => [suite.id, suite.tasks!.map((test) => test.id)])).toEqual([['s1', ['t2']]]);
    // Every kept task points at the kept copies, so nothing of the original tree is sent along.
    const test = file!.tasks![0]!.tasks![0]!;
    expect(test.suite).toBe(file!.tasks![0]);
    expect(test.file).toBe(file);
    expect(file!.file).toBe(file);
    // Updates of what was cut go too; the rest stays.
    const update = pruner.prune({ t: 'q', m: 'onTaskUpdate', a: [[['t1', {}], ['t2', {}], ['s2', {}]], [['t3', 'test-finished']]] }) as { a: unknown[] };
    expect(update.a).toEqual([[['t2', {}]], []]);
  });

  it('cuts the tests the switchboard will skip where vitest cannot select by id', () => {
    const file = collectedFile();
    for (const suite of file.tasks!) for (const test of suite.tasks!) test.mode = 'run';
    const sent = new SkippedTestPruner(new Set(['t3'])).prune(collected(file)) as { a: [Node[]] };
    expect(sent.a[0][0]!.tasks!.map((suite) => [suite.id, suite.tasks!.map((test) => test.id)])).toEqual([['s2', ['t3']]]);
  });

  it('sends every other message as it is', () => {
    const pruner = new SkippedTestPruner();
    const message = { t: 'q', m: 'onUserConsoleLog', a: [{ content: 'hi' }] };
    expect(pruner.prune(message)).toBe(message);
    const nothingSkipped = collected({ id: 'f', type: 'suite', name: 'f', mode: 'run', tasks: [{ id: 't', type: 'test', name: 't', mode: 'run' }] });
    expect(pruner.prune(nothingSkipped)).toBe(nothingSkipped);
  });
});
