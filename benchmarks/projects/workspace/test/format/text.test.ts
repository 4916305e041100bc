import { describe, expect, it } from 'vitest';
import { indent, pad, pluralize, setFormatOptions, wrap } from '../../src/format/index.js';

describe('pad', () => {
  it.each([
    ['ab', 5, 'left', 'ab   '],
    ['ab', 5, 'right', '   ab'],
    ['ab', 2, 'left', 'ab'],
    ['ab', 2, 'right', 'ab'],
    ['abcdef', 3, 'left', 'abcdef'],
    ['', 3, 'right', '   '],
  ] as const)('pad(%j, %d, %s) is %j', (text, width, align, padded) => {
    expect(pad(text, width, align)).toBe(padded);
  });

  it('aligns left by default', () => {
    expect(pad('x', 3)).toBe('x  ');
  });

  it('does not count colour codes as width', () => {
    const red = '\u001b[31mab\u001b[39m';
    expect(pad(red, 4)).toBe(`${red}  `);
    expect(pad(red, 4)).toHavePlainText('ab  ');
  });
});

describe('wrap', () => {
  it.each([
    ['the quick brown fox', 10, ['the quick', 'brown fox']],
    ['aaaa bbbbb', 10, ['aaaa bbbbb']],
    ['ab abcdefghij', 4, ['ab', 'abcd', 'efgh', 'ij']],
    ['  a   b  ', 10, ['a b']],
    ['', 10, ['']],
  ])('wrap(%j, %d)', (text, width, lines) => {
    expect(wrap(text, width)).toEqual(lines);
  });

  it('keeps paragraphs and blank lines', () => {
    expect(wrap('a b\n\nc', 10)).toEqual(['a b', '', 'c']);
  });

  it('wraps each paragraph on its own', () => {
    expect(wrap('alpha beta\ngamma delta', 11)).toEqual(['alpha beta', 'gamma delta']);
  });

  it('uses the configured width by default', () => {
    const text = 'lorem ipsum dolor sit amet consectetur';
    expect(wrap(text)).toEqual([text]);
    setFormatOptions({ width: 12 });
    expect(wrap(text)).toEqual(['lorem ipsum', 'dolor sit', 'amet', 'consectetur']);
  });

  it('accepts width 1', () => {
    expect(wrap('ab c', 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('indent', () => {
  it('indents by two spaces by default', () => {
    expect(indent('a\nb')).toHaveLines(['  a', '  b']);
  });

  it('leaves empty lines empty', () => {
    expect(indent('a\n\nb', 4)).toBe('    a\n\n    b');
  });

  it('indents by zero as a no-op', () => {
    expect(indent('x\ny', 0)).toBe('x\ny');
  });
});

describe('pluralize', () => {
  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'file', undefined, '2 files'],
    [1, 'child', 'children', '1 child'],
    [3, 'child', 'children', '3 children'],
    [-1, 'degree', undefined, '-1 degrees'],
  ])('pluralize(%d, %j, %j) is %j', (count, singular, plural, text) => {
    expect(pluralize(count, singular, plural)).toBe(text);
  });
});
