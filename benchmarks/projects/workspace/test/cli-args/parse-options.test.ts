import { parseArgs } from '../../src/cli-args/index.js';
import { build, buildDefaults } from './fixtures.js';

const parse = (...argv: string[]) => parseArgs([...argv, 'main.ts'], build);
const codes = (argv: string[]) => parseArgs(argv, build).issues.map((issue) => issue.code);

describe('parseArgs: options', () => {
  it('applies the defaults', () => {
    expect(parse()).toEqual({
      options: buildDefaults,
      positionals: { entry: 'main.ts', more: [] },
      rest: [],
      issues: [],
    });
  });

  describe('strings', () => {
    it.each([
      [['-o', 'out'], 'out'],
      [['--out-dir', 'out'], 'out'],
      [['--out-dir=out'], 'out'],
      [['--out-dir='], ''],
      [['-o', '-1'], '-1'],
      [['-o', 'a', '-o', 'b'], 'b'],
    ])('%j sets outDir to %j', (argv, outDir) => {
      const result = parse(...argv);
      expect(result.options.outDir).toBe(outDir);
      expect(result.issues).toEqual([]);
    });

    it('needs a value', () => {
      expect(parseArgs(['main.ts', '--out-dir'], build).issues).toEqual([
        { path: ['outDir'], code: 'required', message: 'Option --out-dir needs a value' },
      ]);
    });

    it('does not take the next option as its value', () => {
      const result = parseArgs(['-o', '--watch', 'main.ts'], build);
      expect(result.issues).toEqual([{ path: ['outDir'], code: 'required', message: 'Option -o needs a value' }]);
      expect(result.options.watch).toBe(true);
      expect(result.options.outDir).toBe('dist');
    });

    it('does not take the value after --', () => {
      const result = parseArgs(['main.ts', '-o', '--', 'out'], build);
      expect(result.issues.map((issue) => issue.message)).toEqual(['Option -o needs a value']);
      expect(result.rest).toEqual(['out']);
    });
  });

  describe('choices', () => {
    it('accepts a listed value', () => {
      expect(parse('--target', 'esnext').options.target).toBe('esnext');
    });

    it('refuses any other, keeping the default', () => {
      const result = parse('--target', 'es5');
      expect(result.issues).toEqual([
        {
          path: ['target'],
          code: 'invalid_value',
          message: '--target: expected one of es2020, es2022, esnext, received "es5"',
        },
      ]);
      expect(result.options.target).toBe('es2022');
    });
  });

  describe('booleans', () => {
    it.each([
      [['-w'], { watch: true }],
      [['--watch'], { watch: true }],
      [['--no-watch'], { watch: false }],
      [['-wv'], { watch: true, verbose: true }],
      [['--no-minify'], { minify: false }],
      [['--minify'], { minify: true }],
      [['--watch', '--no-watch'], { watch: false }],
    ])('%j gives %j', (argv, expected) => {
      const result = parse(...argv);
      expect(result.options).toEqual({ ...buildDefaults, ...expected });
      expect(result.issues).toEqual([]);
    });

    it('keep an option whose own name starts with no-', () => {
      const spec = { name: 'tsc', options: { noEmit: { type: 'boolean' }, emit: { type: 'boolean' } } } as const;
      expect(parseArgs(['--no-emit'], spec).options).toEqual({ noEmit: true });
    });

    it('take no value', () => {
      expect(parse('--watch=yes').issues).toEqual([
        { path: ['watch'], code: 'invalid_value', message: '--watch takes no value' },
      ]);
    });

    it('do not consume the next argument', () => {
      expect(parseArgs(['-w', 'main.ts'], build).positionals.entry).toBe('main.ts');
    });

    it('have no --no- form for a non-boolean', () => {
      expect(parse('--no-out-dir').issues).toEqual([
        { path: ['noOutDir'], code: 'unknown_key', message: 'Unknown option --no-out-dir (did you mean --out-dir?)' },
      ]);
    });
  });

  describe('numbers', () => {
    it.each([
      [['-j', '4'], 4],
      [['--jobs=16'], 16],
      [['--jobs', '0x10'], 16],
      [['--jobs= 8'], 8],
      [['-wj', '3'], 3],
    ])('%j sets jobs to %d', (argv, jobs) => {
      const result = parse(...argv);
      expect(result.options.jobs).toBe(jobs);
      expect(result.issues).toEqual([]);
    });

    it('refuses a value that is not a number', () => {
      expect(parse('--jobs=abc').issues).toEqual([
        { path: ['jobs'], code: 'invalid_type', message: '--jobs: expected a number, received "abc"' },
      ]);
      expect(parse('--jobs=abc').options.jobs).toBeUndefined();
    });

    it('checks the value with the option schema', () => {
      expect(parse('-j', '0').issues).toEqual([
        { path: ['jobs'], code: 'too_small', message: 'Expected a number >= 1, received 0' },
      ]);
      expect(parse('-j', '-2').issues.map((issue) => issue.code)).toEqual(['too_small']);
      expect(parse('-j', '65').issues.map((issue) => issue.code)).toEqual(['too_big']);
      expect(parse('-j', '64').issues).toEqual([]);
    });

    it('cannot take a value in the middle of a cluster', () => {
      const result = parseArgs(['-jw', '3'], build);
      expect(result.issues).toEqual([{ path: ['jobs'], code: 'required', message: 'Option -j needs a value' }]);
      expect(result.options.watch).toBe(true);
      expect(result.positionals.entry).toBe('3');
    });
  });

  describe('lists', () => {
    it('are absent when never given', () => {
      expect('define' in parse().options).toBe(false);
    });
  });

  describe('unknown options', () => {
    it('suggest a close long flag', () => {
      expect(parse('--verbos').issues).toEqual([
        { path: ['verbos'], code: 'unknown_key', message: 'Unknown option --verbos (did you mean --verbose?)' },
      ]);
    });

    it('suggest nothing when no flag is close', () => {
      expect(parse('--colour').issues.map((issue) => issue.message)).toEqual(['Unknown option --colour']);
    });

    it('report an unknown short flag by its letter', () => {
      expect(parse('-x').issues).toEqual([{ path: ['x'], code: 'unknown_key', message: 'Unknown option -x' }]);
    });

    it('report each unknown flag of a cluster', () => {
      expect(codes(['-wxy', 'main.ts'])).toEqual(['unknown_key', 'unknown_key']);
    });

    it('do not stop the parse', () => {
      const result = parse('--nope', '-w');
      expect(result.options.watch).toBe(true);
      expect(result.positionals.entry).toBe('main.ts');
    });
  });
});
