import { tokenize } from '../../src/cli-args/index.js';

describe('tokenize', () => {
  it('returns nothing for no arguments', () => {
    expect(tokenize([])).toEqual([]);
  });

  it.each([
    ['--watch', { kind: 'long', name: 'watch', index: 0 }],
    ['--out-dir=dist', { kind: 'long', name: 'out-dir', value: 'dist', index: 0 }],
    ['--out=', { kind: 'long', name: 'out', value: '', index: 0 }],
    ['-v', { kind: 'short', name: 'v', index: 0 }],
    ['file.txt', { kind: 'positional', value: 'file.txt', index: 0 }],
    ['-', { kind: 'positional', value: '-', index: 0 }],
  ])('reads %j as one token', (arg, token) => {
    expect(tokenize([arg])).toEqual([token]);
  });

  it('splits a cluster of short flags, all with the index of their argument', () => {
    expect(tokenize(['x', '-abc'])).toEqual([
      { kind: 'positional', value: 'x', index: 0 },
      { kind: 'short', name: 'a', index: 1 },
      { kind: 'short', name: 'b', index: 1 },
      { kind: 'short', name: 'c', index: 1 },
    ]);
  });

  it('reads digits after a short flag as more flags', () => {
    expect(tokenize(['-x5']).map((token) => (token.kind === 'short' ? token.name : token.kind))).toEqual(['x', '5']);
  });

  it('makes everything after -- positional', () => {
    expect(tokenize(['-v', '--', '--watch', '-x', '--'])).toEqual([
      { kind: 'short', name: 'v', index: 0 },
      { kind: 'terminator', index: 1 },
      { kind: 'positional', value: '--watch', index: 2 },
      { kind: 'positional', value: '-x', index: 3 },
      { kind: 'positional', value: '--', index: 4 },
    ]);
  });

  it('keeps the order of mixed arguments', () => {
    const kinds = tokenize(['build', '--out', 'dist', '-w', 'src']).map((token) => token.kind);
    expect(kinds).toEqual(['positional', 'long', 'positional', 'short', 'positional']);
  });
});
