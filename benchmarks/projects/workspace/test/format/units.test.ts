import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/format/index.js';

// formatBytes came with the download progress bar; only its common cases are tested.
describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1500, '1.5 kB'],
    [1_234_567, '1.2 MB'],
  ])('formatBytes(%d) is %j', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
