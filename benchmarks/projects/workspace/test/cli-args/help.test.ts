import { parseArgs, renderErrors, renderHelp, usageLine, type CommandSpec } from '../../src/cli-args/index.js';
import { resetFormatOptions, setFormatOptions } from '../../src/format/index.js';
import { build, copy } from './fixtures.js';

// This project has no setup file: tests that change the format options put them back.
afterEach(() => {
  resetFormatOptions();
});

const serve: CommandSpec = {
  name: 'serve',
  description: 'Serve a folder over HTTP, with live reload when files change.',
  options: {
    port: { type: 'number', short: 'p', default: 8080, description: 'Port to listen on' },
    open: { type: 'boolean', description: 'Open a browser' },
    cors: { type: 'boolean', default: true },
  },
  positionals: [{ name: 'root' }],
};

describe('usageLine', () => {
  it.each([
    [build, 'Usage: build [options] <entry> [more...]'],
    [copy, 'Usage: cp <source> <dest>'],
    [serve, 'Usage: serve [options] [root]'],
    [{ name: 'lint', options: {}, positionals: [{ name: 'files', required: true, variadic: true }] }, 'Usage: lint <files...>'],
    [{ name: 'noop', options: {} }, 'Usage: noop'],
  ])('%#: %s', (spec, line) => {
    expect(usageLine(spec)).toBe(line);
  });
});

describe('renderHelp', () => {
  it('renders usage, description and aligned options', () => {
    expect(renderHelp(serve)).toBe(
      [
        'Usage: serve [options] [root]',
        '',
        'Serve a folder over HTTP, with live reload when files change.',
        '',
        'Options:',
        '  -p, --port <n>   Port to listen on [default: 8080]',
        '      --open       Open a browser',
        '      --[no-]cors  [default: true]',
      ].join('\n'),
    );
  });

  it('wraps the description to the configured width', () => {
    setFormatOptions({ width: 30 });
    expect(renderHelp(serve).split('\n').slice(2, 4)).toEqual([
      'Serve a folder over HTTP, with',
      'live reload when files change.',
    ]);
  });

  it('renders a bare command as its usage line', () => {
    expect(renderHelp({ name: 'noop', options: {} })).toBe('Usage: noop');
  });

  it('skips the description when there is none', () => {
    expect(renderHelp(copy)).toBe('Usage: cp <source> <dest>');
  });

  it('lists an option without description by its flag alone', () => {
    const lines = renderHelp(build).split('\n');
    expect(lines).toContain('  -v, --verbose');
    expect(lines).toContain('  -D, --define <key=value...>  Replace a global');
    expect(lines).toContain('      --target <value>         (es2020 | es2022 | esnext) [default: "es2022"]');
  });

});

describe('renderErrors', () => {
  it('is empty for a clean parse', () => {
    expect(renderErrors(parseArgs(['.'], serve), serve)).toBe('');
  });

  it('lists the problems, the usage line and a pointer to --help', () => {
    const result = parseArgs(['--prt', '80'], serve);
    expect(renderErrors(result, serve)).toBe(
      [
        '1 problem in serve:',
        '  • prt: Unknown option --prt (did you mean --port?)',
        '',
        'Usage: serve [options] [root]',
        'Run "serve --help" for the options.',
      ].join('\n'),
    );
  });
});
