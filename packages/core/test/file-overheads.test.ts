import { describe, expect, it } from 'vitest';
import { FileOverheads } from '../src/file-overheads.js';

describe('FileOverheads', () => {
  it('keeps what a file took beyond its tests, never below zero', () => {
    const overheads = new FileOverheads(500);
    overheads.record('a.test.js', 300, 100);
    overheads.record('b.test.js', 50, 80);
    expect(overheads.of('a.test.js')).toBe(200);
    expect(overheads.of('b.test.js')).toBe(0);
  });

  it('takes the mean of the measured files for one measured elsewhere, and the default before any', () => {
    const overheads = new FileOverheads(500);
    expect(overheads.of('c.test.js')).toBe(500);
    overheads.record('a.test.js', 300, 100);
    overheads.record('b.test.js', 500, 100);
    expect(overheads.of('c.test.js')).toBe(300);
  });

  it('allows the files of a run their overheads with the time limit\'s margin', () => {
    const overheads = new FileOverheads(500);
    overheads.record('a.test.js', 300, 100);
    overheads.record('b.test.js', 100, 0);
    expect(overheads.allowanceFor(['a.test.js', 'b.test.js'])).toBe(1.5 * 300);
    expect(overheads.allowanceFor([])).toBe(0);
  });
});
