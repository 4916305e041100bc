// How a package.json `test` script runs node:test: `node --test`, `node --import tsx --test test/`,
// `c8 node --experimental-strip-types --test 'src/**/*.test.ts'`, `tsx --test`. What mutate takes
// from it: the files or globs it names, and the Node options each test file's process needs.

export interface NodeTestCommand {
  /** Options for each test file's process (`--import tsx`, `--experimental-strip-types`); node:test's own (`--test-*`, reporters, coverage, watch) left out. */
  readonly execArgv: readonly string[];
  /** The files, directories or globs after `--test`; none: Node's default patterns. */
  readonly targets: readonly string[];
}

/** Node options that take their value as the next argument when written without `=`. */
const TAKES_VALUE = new Set([
  '--import',
  '--require',
  '-r',
  '--loader',
  '--experimental-loader',
  '--env-file',
  '--env-file-if-exists',
  '--conditions',
  '-C',
  '--input-type',
  '--disable-warning',
  '--test-reporter',
  '--test-reporter-destination',
  '--test-name-pattern',
  '--test-skip-pattern',
  '--test-concurrency',
  '--test-timeout',
  '--test-shard',
  '--test-isolation',
  '--test-coverage-include',
  '--test-coverage-exclude',
  '--test-global-setup',
  '--watch-path',
]);

/** Options of node:test or of watching, which mutate does itself or not at all. */
const LEFT_OUT = /^(--test($|-)|--watch|--experimental-test-coverage|--experimental-test-isolation)/;

/**
 * The first `node --test` (or `tsx --test`) command of a script, or `node test.js` when `usesNodeTest`
 * says that script is itself a node:test file (it runs its tests without `--test`, as many small
 * packages do); undefined if it runs none.
 */
export function nodeTestCommandOf(script: string | undefined, usesNodeTest: (file: string) => boolean = () => false): NodeTestCommand | undefined {
  if (!script) return undefined;
  for (const command of commandsOf(script)) {
    const at = command.findIndex((word) => /(^|\/)(node|tsx)(\.exe)?$/.test(word));
    if (at === -1) continue;
    const parsed = parseNodeArguments(command.slice(at + 1));
    if (!parsed.test && parsed.script !== undefined && usesNodeTest(parsed.script)) {
      return { execArgv: parsed.execArgv, targets: [parsed.script] };
    }
    if (!parsed.test) continue;
    const tsx = command[at]!.endsWith('tsx') || command[at]!.endsWith('tsx.exe');
    return { execArgv: [...(tsx ? ['--import', 'tsx'] : []), ...parsed.execArgv], targets: parsed.targets };
  }
  return undefined;
}

function parseNodeArguments(words: readonly string[]): { test: boolean; execArgv: string[]; targets: string[]; script?: string } {
  const execArgv: string[] = [];
  const targets: string[] = [];
  let test = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith('-')) {
      // Before `--test`, the first word that is no option is the script node runs: not a test run.
      if (!test) return { test, execArgv, targets, script: word };
      targets.push(word);
      continue;
    }
    const [flag] = word.split('=', 1) as [string];
    const value = !word.includes('=') && TAKES_VALUE.has(flag) && i + 1 < words.length ? words[++i] : undefined;
    if (flag === '--test') test = true;
    else if (!LEFT_OUT.test(flag)) execArgv.push(...(value === undefined ? [word] : [word, value]));
  }
  return { test, execArgv, targets };
}

/** The script's commands (split at `&&`, `||`, `;`, `|`, `&`), each as words, quotes removed; environment assignments dropped. */
export function commandsOf(script: string): string[][] {
  const commands: string[][] = [[]];
  const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(&&|\|\||[;|&])|([^\s"';|&]+)/g;
  let word: string | undefined;
  let last = -1;
  for (const match of script.matchAll(pattern)) {
    const [, double, single, separator, bare] = match;
    if (separator) {
      if (word !== undefined) commands.at(-1)!.push(word);
      word = undefined;
      commands.push([]);
      continue;
    }
    const piece = double?.replace(/\\(.)/g, '$1') ?? single ?? bare ?? '';
    // Pieces with nothing between them make one word (`--import="tsx"`).
    if (word !== undefined && match.index === last) word += piece;
    else {
      if (word !== undefined) commands.at(-1)!.push(word);
      word = piece;
    }
    last = match.index + match[0].length;
  }
  if (word !== undefined) commands.at(-1)!.push(word);
  return commands.map((command) => command.filter((_, i) => !command.slice(0, i + 1).every((w) => /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)))).filter((command) => command.length > 0);
}
