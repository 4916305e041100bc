import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { TestRunnerName } from './config.js';

interface Manifest {
  readonly scripts?: Readonly<Record<string, string>>;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

/** What a package.json `test` script runs, by the first runner it names (npm's placeholder script names none). */
export function runnerOfTestScript(script: string | undefined): TestRunnerName | undefined {
  if (!script) return undefined;
  const named: [TestRunnerName, RegExp][] = [
    ['vitest', /(^|[\s/;&|(])vitest(\s|$|;|&|\|)/],
    ['jest', /(^|[\s/;&|(])jest(\s|$|;|&|\|)/],
    // `node --test`, `node --import tsx --test test/`, `node --experimental-strip-types --test`.
    ['node', /(^|[\s/;&|(])(node|tsx)(\s+--?[\w-]+(=\S+)?|\s+[^-\s]\S*)*?\s+--test(\s|$|=)/],
  ];
  const found = named
    .map(([runner, pattern]) => ({ runner, at: script.search(pattern) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  return found[0]?.runner;
}

/**
 * The script runs Node on a file that loads node:test (`node --conditions development test.js`): a
 * test file run as a script, which runs its tests without `--test`.
 */
function runsNodeTestFile(script: string, root: string): boolean {
  if (!/(^|[\s;&|(])node\s/.test(script)) return false;
  return script
    .split(/[\s;&|()'"]+/)
    .filter((word) => /^[\w./-]+\.[cm]?[jt]s$/.test(word))
    .some((file) => {
      try {
        return /['"]node:test['"]/.test(readFileSync(join(root, file), 'utf8'));
      } catch {
        return false;
      }
    });
}

/**
 * The test runner of the project at `root`, when the config does not name one: the one its
 * package.json `test` script runs, else the one it depends on (vitest before jest), else the one
 * installed where it would resolve them; undefined when nothing says. Never the command runner, which
 * runs the whole suite per mutant: it must be asked for.
 */
export function detectTestRunner(root: string): TestRunnerName | undefined {
  const manifestPath = join(root, 'package.json');
  const manifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest) : {};
  const script = manifest.scripts?.['test'];
  const fromScript = runnerOfTestScript(script) ?? (script && runsNodeTestFile(script, root) ? 'node' : undefined);
  if (fromScript) return fromScript;
  const dependencies = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const runner of ['vitest', 'jest'] as const) if (runner in dependencies) return runner;
  const require = createRequire(manifestPath);
  for (const runner of ['vitest', 'jest'] as const) {
    try {
      require.resolve(`${runner}/package.json`);
      return runner;
    } catch {
      // not installed here
    }
  }
  return undefined;
}
