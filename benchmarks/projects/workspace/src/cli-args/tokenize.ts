export type Token =
  | { kind: 'long'; name: string; value?: string; index: number }
  | { kind: 'short'; name: string; value?: undefined; index: number }
  | { kind: 'positional'; value: string; index: number }
  | { kind: 'terminator'; index: number };

const LONG = /^--([^=]+)(?:=(.*))?$/s;

/**
 * Splits argv into tokens: `--name`, `--name=value`, `-abc` (three short flags; `-ovalue` is
 * `-o -v -a ...`, not `-o value`). Everything after `--` is positional. Negative numbers are positional.
 * A lone `-` is positional (stdin, by convention).
 */
export function tokenize(argv: readonly string[]): Token[] {
  const tokens: Token[] = [];
  let rest = false;
  argv.forEach((arg, index) => {
    if (rest) {
      tokens.push({ kind: 'positional', value: arg, index });
      return;
    }
    if (arg === '--') {
      rest = true;
      tokens.push({ kind: 'terminator', index });
      return;
    }
    const long = LONG.exec(arg);
    if (long) {
      const [, name, value] = long;
      tokens.push(value === undefined ? { kind: 'long', name: name!, index } : { kind: 'long', name: name!, value, index });
      return;
    }
    if (arg.length > 1 && arg.startsWith('-') && !/^-\d/.test(arg)) {
      for (const name of arg.slice(1)) tokens.push({ kind: 'short', name, index });
      return;
    }
    tokens.push({ kind: 'positional', value: arg, index });
  });
  return tokens;
}
