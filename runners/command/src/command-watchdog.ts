// The process the command runner starts for one run of the test command: it runs the command in a
// shell, in its own process group (the runner made this process that group's leader), and ends the
// whole group if the runner goes away first. The runner holds this process's stdin open while it
// waits: a terminated worker thread or a killed mutate closes it, and no test command runs on
// unwatched (a thread's own 'exit' handlers do not run when piscina terminates it).
import { spawn } from 'node:child_process';

const command = process.env['MUTATE_TEST_COMMAND'];
if (!command) throw new Error('command-watchdog: MUTATE_TEST_COMMAND is not set');
delete process.env['MUTATE_TEST_COMMAND'];

process.stdin.on('end', () => process.kill(-process.pid, 'SIGKILL'));
process.stdin.on('error', () => undefined);
process.stdin.resume();

const child = spawn(command, { shell: true, stdio: ['ignore', 'inherit', 'inherit'] });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
