import { readFileSync } from 'node:fs';
// Only the light entry of core here; each command loads what it needs when it runs (`mutate run`
// starts its workers before the engine's modules load).
import { parseShard, UserError, validateUserConfig } from '@mutate/core/start';
import yargs from 'yargs';
import { ExitCode } from './exit-codes.js';
import { processOutput, type Output } from './output.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/**
 * Parses the arguments, runs one command and returns the exit code. User mistakes print a message and
 * a documented exit code, never a stack trace; anything else is mutate's own bug.
 */
export async function main(argv: readonly string[], output: Output = processOutput, cwd = process.cwd(), signal?: AbortSignal): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Success;
  const parser = yargs([...argv])
    .scriptName('mutate')
    // Numbers are parsed by numberOption, which lets the last of a repeated option win.
    .parserConfiguration({ 'parse-numbers': false })
    .usage('$0 <command> [options]')
    .command(
      'list',
      'List every mutant of the project without running tests',
      (command) =>
        command
          .option('json', { type: 'boolean', default: false, describe: 'Print a JSON array of mutants' })
          .option('config', { type: 'string', describe: 'Config file (default: mutate.config.{ts,mts,js,mjs,json}, else package.json "mutate")' })
          .option('mutate', { type: 'string', array: true, describe: 'Globs of files to mutate (prefix ! to exclude)' })
          .option('test-runner', TEST_RUNNER_OPTION)
          .option('vitest-config', VITEST_CONFIG_OPTION)
          .option('vitest-project', VITEST_PROJECT_OPTION)
          .option('jest-config', JEST_CONFIG_OPTION),
      async (args) => {
        const flags = validateUserConfig(
          dropUndefined({ mutate: args.mutate?.length ? args.mutate : undefined, testRunner: args.testRunner, vitest: vitestFlags(args), jest: jestFlags(args) }),
          'command line',
        );
        const { listCommand } = await import('./commands/list.js');
        exitCode = await listCommand({ cwd, json: args.json, configFile: args.config, flags }, output);
      },
    )
    .command(
      'run',
      "Run the project's tests against every mutant and report the survivors",
      (command) =>
        command
          .option('config', { type: 'string', describe: 'Config file (default: mutate.config.{ts,mts,js,mjs,json}, else package.json "mutate")' })
          .option('mutate', { type: 'string', array: true, describe: 'Globs of files to mutate (prefix ! to exclude)' })
          .option('concurrency', numberOption('Test workers in parallel (default: available cores)'))
          .option('reporters', { type: 'string', describe: 'Comma-separated: clear-text, progress, json, html, github, sarif, markdown (default: the first four, plus github in GitHub Actions)' })
          .option('break', numberOption('Exit with code 4 when the mutation score is below this'))
          .option('timeout-factor', numberOption("A mutant's time limit: this × its tests' dry-run time + --timeout-ms (default 1.5)"))
          .option('timeout-ms', numberOption('The constant part of the time limit, in ms (default 5000)'))
          .option('report-dir', { type: 'string', describe: 'Where mutation.json and mutation.html go (default reports/mutation)' })
          .option('cache', { type: 'boolean', describe: 'Reuse verdicts whose inputs did not change (default true; --no-cache to run all)' })
          .option('cache-dir', { type: 'string', describe: 'Where the results cache lives (default node_modules/.cache/mutate)' })
          .option('since', { type: 'string', describe: 'Test only mutants on lines changed since the merge-base with this git ref (uncommitted changes too), and those covered by changed tests' })
          .option('in-diff', { type: 'string', describe: 'Like --since, from a unified diff file (- for stdin)' })
          .option('shard', { type: 'string', describe: "Run only shard k of n (k/n, as vitest's --shard); join the reports with mutate merge" })
          .option('test-runner', TEST_RUNNER_OPTION)
          .option('test-command', { type: 'string', requiresArg: true, describe: 'With --test-runner command: the command that runs the tests, whole, for each mutant (default: npm test)' })
          .option('sandbox', { type: 'boolean', describe: 'Node processes the tests start load the instrumented sources from a sandbox (default true; --no-sandbox leaves them alone)' })
          .option('explain', { type: 'boolean', describe: "Explain each survivor: rerun its tests once with a probe, and report what they fed the mutated code and an input that would catch it (default true; --no-explain skips it)" })
          .option('vitest-config', VITEST_CONFIG_OPTION)
          .option('vitest-project', VITEST_PROJECT_OPTION)
          .option('jest-config', JEST_CONFIG_OPTION),
      async (args) => {
        const flags = validateUserConfig(
          dropUndefined({
            mutate: args.mutate,
            concurrency: args.concurrency,
            reporters: args.reporters?.split(',').map((name) => name.trim()).filter(Boolean),
            thresholds: args.break === undefined ? undefined : { break: args.break },
            timeoutFactor: args.timeoutFactor,
            timeoutMs: args.timeoutMs,
            reportDir: args.reportDir,
            cache: args.cache,
            cacheDir: args.cacheDir,
            testRunner: args.testRunner,
            testCommand: args.testCommand,
            sandbox: args.sandbox,
            explain: args.explain,
            vitest: vitestFlags(args),
            jest: jestFlags(args),
          }),
          'command line',
        );
        const shard = args.shard === undefined ? undefined : parseShard(args.shard);
        if (args.since !== undefined && args.inDiff !== undefined) throw new UserError('--since and --in-diff cannot be used together', 'usage');
        const diff = args.since !== undefined ? { since: args.since } : args.inDiff !== undefined ? { inDiff: args.inDiff } : undefined;
        const { runCommand } = await import('./commands/run.js');
        exitCode = await runCommand({ cwd, configFile: args.config, flags, version, ...(shard ? { shard } : {}), ...(diff ? { diff } : {}), ...(signal ? { signal } : {}) }, output);
      },
    )
    .command(
      'merge <reports..>',
      'Join the JSON reports of shards (mutate run --shard k/n) into one report, and apply the thresholds',
      (command) =>
        command
          .positional('reports', { type: 'string', array: true, demandOption: true, describe: 'The shards\' mutation.json files' })
          .option('out', { alias: 'o', type: 'string', describe: 'Directory for the merged mutation.json and mutation.html (default reports/mutation)' })
          .option('break', numberOption('Exit with code 4 when the merged score is below this'))
          .option('config', { type: 'string', describe: 'Config file for the thresholds' }),
      async (args) => {
        const flags = validateUserConfig(dropUndefined({ thresholds: args.break === undefined ? undefined : { break: args.break } }), 'command line');
        const { mergeCommand } = await import('./commands/merge.js');
        exitCode = await mergeCommand({ cwd, reports: args.reports, outDir: args.out, configFile: args.config, flags }, output);
      },
    )
    .command('init', 'Write a starter mutate.config.mjs', (command) => command, async () => {
      const { initCommand } = await import('./commands/init.js');
      exitCode = initCommand(cwd, output);
    })
    .demandCommand(1, 'Name a command: mutate run, mutate list, mutate merge, mutate init')
    .strict()
    .version(version)
    .help()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // Throwing stops yargs before any command handler runs.
      // yargs' own complaints (a missing value, an unknown option) come as a YError or a message: usage errors.
      if (error && error.name !== 'YError') throw error;
      throw new UserError(`${message ?? error?.message}\nRun 'mutate --help' for usage.`, 'usage');
    });

  try {
    await parser.parseAsync();
  } catch (error) {
    if (signal?.aborted) {
      output.error('interrupted before any mutant was tested; no report was written');
      return ExitCode.Interrupted;
    }
    if (error instanceof UserError) {
      output.error(error.message);
      return { usage: ExitCode.UsageError, input: ExitCode.InputError, baseline: ExitCode.BaselineFailed, diff: ExitCode.DiffError }[error.kind];
    }
    output.error(`mutate failed unexpectedly; please report this with the output below.\n${(error as Error).stack ?? String(error)}`);
    return ExitCode.InternalError;
  }
  return exitCode;
}

const TEST_RUNNER_OPTION = { type: 'string', requiresArg: true, describe: "vitest, jest, node (node:test) or command (default: detected from the package.json test script and dependencies)" } as const;
const JEST_CONFIG_OPTION = { type: 'string', requiresArg: true, describe: "The jest config file (as jest's --config; default: jest's own lookup)" } as const;
const VITEST_CONFIG_OPTION = { type: 'string', requiresArg: true, describe: "The vitest config file (as vitest's --config; default: vitest's own lookup)" } as const;
const VITEST_PROJECT_OPTION = { type: 'string', array: true, requiresArg: true, describe: "Only this vitest project (repeat for more; wildcards as vitest's --project; default: every project)" } as const;

/** The `vitest` config key from `--vitest-config` and `--vitest-project`, if either is given. */
function vitestFlags(args: { vitestConfig?: string | undefined; vitestProject?: string[] | undefined }): Record<string, unknown> | undefined {
  if (args.vitestConfig === undefined && args.vitestProject === undefined) return undefined;
  return dropUndefined({ configFile: args.vitestConfig, project: args.vitestProject });
}

/** The `jest` config key from `--jest-config`, if given. */
function jestFlags(args: { jestConfig?: string | undefined }): Record<string, unknown> | undefined {
  return args.jestConfig === undefined ? undefined : { configFile: args.jestConfig };
}

/**
 * A numeric option. Given twice, the last one wins, as in most CLIs (an npm script's default
 * overridden after `--`); yargs' own number parsing would combine the two (`--concurrency 2
 * --concurrency 1` came out as 3). A value that is not a number is passed on as text, so the
 * config check names the option and the value.
 */
function numberOption(describe: string) {
  return {
    describe,
    requiresArg: true,
    coerce: (value: string | string[]): number | string => {
      const last = Array.isArray(value) ? value.at(-1)! : value;
      return last.trim() !== '' && Number.isFinite(Number(last)) ? Number(last) : last;
    },
  } as const;
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}
