import { readFileSync } from 'node:fs';
import { UserError } from '@mutate/core';
import yargs from 'yargs';
import { listCommand } from './commands/list.js';
import { runCommand } from './commands/run.js';
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
    .usage('$0 <command> [options]')
    .command(
      'list',
      'List every mutant of the project without running tests',
      (command) =>
        command
          .option('json', { type: 'boolean', default: false, describe: 'Print a JSON array of mutants' })
          .option('mutate', { type: 'string', array: true, describe: 'Globs of files to mutate (prefix ! to exclude)' }),
      async (args) => {
        exitCode = await listCommand({ cwd, json: args.json, mutate: args.mutate }, output);
      },
    )
    .command(
      'run',
      "Run the project's tests against every mutant and report the survivors",
      (command) =>
        command
          .option('mutate', { type: 'string', array: true, describe: 'Globs of files to mutate (prefix ! to exclude)' })
          .option('concurrency', { type: 'number', describe: 'Test workers to run in parallel (default: available cores)' })
          .option('timeout-factor', { type: 'number', describe: "A mutant's time limit: this × its tests' dry-run time + --timeout-ms (default 1.5)" })
          .option('timeout-ms', { type: 'number', describe: 'The constant part of the time limit, in ms (default 5000)' })
          .option('report', { type: 'string', describe: 'Where to write the JSON report (default reports/mutation/mutation.json)' }),
      async (args) => {
        exitCode = await runCommand(
          { cwd, mutate: args.mutate, concurrency: args.concurrency, timeoutFactor: args.timeoutFactor, timeoutMs: args.timeoutMs, report: args.report, version, signal },
          output,
        );
      },
    )
    .demandCommand(1, 'Name a command: mutate run, mutate list')
    .strict()
    .version(version)
    .help()
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, error) => {
      // Throwing stops yargs before any command handler runs.
      throw error ?? new UserError(`${message}\nRun 'mutate --help' for usage.`, 'usage');
    });

  try {
    await parser.parseAsync();
  } catch (error) {
    if (error instanceof UserError) {
      output.error(error.message);
      return error.kind === 'usage' ? ExitCode.UsageError : ExitCode.InputError;
    }
    output.error(`mutate failed unexpectedly; please report this with the output below.\n${(error as Error).stack ?? String(error)}`);
    return ExitCode.InternalError;
  }
  return exitCode;
}
