import { suggest } from '../../src/cli-args/index.js';

describe('suggest', () => {
  const flags = ['verbose', 'version', 'watch', 'out-dir'];

  it('finds a flag one typo away', () => {
    expect(suggest('verbos', flags)).toEqual(['verbose']);
    expect(suggest('watc', flags)).toEqual(['watch']);
  });

  it('allows more edits for longer input', () => {
    expect(suggest('no-out-dir', flags)).toEqual(['out-dir']);
  });

  it('allows at most one edit for short input', () => {
    expect(suggest('wat', flags)).toEqual([]);
    expect(suggest('x', ['a', 'xy', 'abc'])).toEqual(['a', 'xy']);
  });

  it('caps the allowed edits at 3', () => {
    expect(suggest('abcdefghijkl', ['abcdefghi', 'abcdefgh'])).toEqual(['abcdefghi']);
  });

  it('includes an exact match', () => {
    expect(suggest('watch', flags)).toEqual(['watch']);
  });

  it('returns nothing without candidates', () => {
    expect(suggest('anything', [])).toEqual([]);
  });
});
