import { parseArgs, type CommandSpec } from '../../src/cli-args/index.js';
import { build, buildDefaults, copy } from './fixtures.js';

describe('parseArgs: positionals', () => {
  it('fills the named positionals in order', () => {
    expect(parseArgs(['a.txt', 'b.txt'], copy)).toEqual({
      options: {},
      positionals: { source: 'a.txt', dest: 'b.txt' },
      rest: [],
      issues: [],
    });
  });

  it('reports each missing required positional', () => {
    expect(parseArgs([], copy).issues).toEqual([
      { path: ['source'], code: 'required', message: 'Missing argument <source>' },
      { path: ['dest'], code: 'required', message: 'Missing argument <dest>' },
    ]);
    expect(parseArgs(['a.txt'], copy).issues).toEqual([
      { path: ['dest'], code: 'required', message: 'Missing argument <dest>' },
    ]);
  });

  it('leaves a missing optional positional out', () => {
    const spec: CommandSpec = { name: 'ls', options: {}, positionals: [{ name: 'dir' }] };
    expect(parseArgs([], spec)).toEqual({ options: {}, positionals: {}, rest: [], issues: [] });
  });

  it('reports one extra argument', () => {
    expect(parseArgs(['a', 'b', 'c'], copy).issues).toEqual([
      { path: [2], code: 'too_big', message: 'Unexpected argument: c' },
    ]);
  });

  describe('variadic', () => {
    it('takes every remaining argument', () => {
      expect(parseArgs(['a.ts', 'b.ts', 'c.ts'], build).positionals).toEqual({ entry: 'a.ts', more: ['b.ts', 'c.ts'] });
    });

    it('is an empty list when nothing is left', () => {
      expect(parseArgs(['a.ts'], build).positionals).toEqual({ entry: 'a.ts', more: [] });
    });

    it('collects positionals around options', () => {
      const result = parseArgs(['a.ts', '-w', 'b.ts', '--out-dir', 'out', 'c.ts'], build);
      expect(result.positionals).toEqual({ entry: 'a.ts', more: ['b.ts', 'c.ts'] });
      expect(result.options).toEqual({ ...buildDefaults, watch: true, outDir: 'out' });
    });

    it('reports a required variadic given nothing', () => {
      const lint: CommandSpec = { name: 'lint', options: {}, positionals: [{ name: 'files', required: true, variadic: true }] };
      expect(parseArgs([], lint)).toEqual({
        options: {},
        positionals: { files: [] },
        rest: [],
        issues: [{ path: ['files'], code: 'required', message: 'Missing argument <files...>' }],
      });
      expect(parseArgs(['x.ts'], lint).issues).toEqual([]);
    });
  });

  it('reads a lone - as a positional', () => {
    expect(parseArgs(['-', 'out.txt'], copy).positionals).toEqual({ source: '-', dest: 'out.txt' });
  });

  it('reads a negative number as a positional', () => {
    expect(parseArgs(['-3', '4'], copy).positionals).toEqual({ source: '-3', dest: '4' });
  });

  it('refuses a broken spec before parsing', () => {
    const spec: CommandSpec = { name: 'x', options: {}, positionals: [{ name: 'a', variadic: true }, { name: 'b' }] };
    expect(() => parseArgs([], spec)).toThrow('Positional "a" is variadic but not last');
  });
});
