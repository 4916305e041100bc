import { describe, expect, it } from 'vitest';
import {
  getFormatOptions,
  paint,
  resetFormatOptions,
  setFormatOptions,
  stripAnsi,
  visibleLength,
} from '../../src/format/index.js';

const ESC = '\u001b';

describe('format options', () => {
  it('start from the defaults (reset by the setup file)', () => {
    expect(getFormatOptions()).toEqual({ width: 80, color: false, ascii: false });
  });

  it('merge a patch and return the result', () => {
    expect(setFormatOptions({ color: true })).toEqual({ width: 80, color: true, ascii: false });
    expect(setFormatOptions({ width: 40 })).toEqual({ width: 40, color: true, ascii: false });
    expect(getFormatOptions().width).toBe(40);
  });

  it('are back to the defaults after a reset', () => {
    setFormatOptions({ width: 120, color: true, ascii: true });
    resetFormatOptions();
    expect(getFormatOptions()).toEqual({ width: 80, color: false, ascii: false });
  });
});

describe('stripAnsi', () => {
  it.each([
    [`${ESC}[1mbold${ESC}[22m`, 'bold'],
    ['plain', 'plain'],
  ])('strips %j to %j', (input, plain) => {
    expect(stripAnsi(input)).toBe(plain);
  });
});

describe('visibleLength', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    [`${ESC}[36mpath${ESC}[39m`, 4],
    ['naïve', 5],
    ['👍ok', 3],
  ])('visibleLength(%j) is %d', (input, length) => {
    expect(visibleLength(input)).toBe(length);
  });
});

describe('paint', () => {
  it('returns the text unchanged when colours are off', () => {
    expect(paint('warning', 'yellow', 'bold')).toBe('warning');
  });

  describe('with colours on', () => {
    it.each([
      ['bold', `${ESC}[1mx${ESC}[22m`],
      ['cyan', `${ESC}[36mx${ESC}[39m`],
    ] as const)('%s wraps the text in its codes', (style, painted) => {
      setFormatOptions({ color: true });
      expect(paint('x', style)).toBe(painted);
    });

    it('nests styles, the first innermost', () => {
      setFormatOptions({ color: true });
      expect(paint('x', 'bold', 'red')).toBe(`${ESC}[31m${ESC}[1mx${ESC}[22m${ESC}[39m`);
      expect(paint('x', 'bold', 'red')).toHavePlainText('x');
    });

    it('leaves the empty string empty', () => {
      setFormatOptions({ color: true });
      expect(paint('', 'red')).toBe('');
    });
  });
});
