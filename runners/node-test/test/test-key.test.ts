import { describe, expect, it } from 'vitest';
import { childKey, nodeTestName, ROOT_KEY, SiblingCounter } from '../src/test-key.js';

describe('test keys', () => {
  it('name a test by its suites and itself', () => {
    const suite = childKey(ROOT_KEY, 'suite', 1);
    expect(childKey(suite, 'a test', 1)).toBe('[["suite"],["a test"]]');
    expect(JSON.parse(childKey(suite, 'a test', 1))).toEqual([['suite'], ['a test']]);
  });

  it('tell same-named siblings apart by their place, and names that look like paths from paths', () => {
    const siblings = new SiblingCounter();
    const first = siblings.next(ROOT_KEY, 'same');
    const second = siblings.next(ROOT_KEY, 'same');
    expect(first).not.toBe(second);
    expect(siblings.next(first, 'child')).not.toBe(siblings.next(second, 'child'));
    expect(childKey(ROOT_KEY, 'a > b', 1)).not.toBe(childKey(childKey(ROOT_KEY, 'a', 1), 'b', 1));
  });

  it("take node:test's name: the string given, else the function's name, else <anonymous>", () => {
    expect(nodeTestName('given', function named() {})).toBe('given');
    expect(nodeTestName(function named() {}, function named() {})).toBe('named');
    expect(nodeTestName('', () => {})).toBe('<anonymous>');
    expect(nodeTestName(5, undefined)).toBe('<anonymous>');
  });
});
