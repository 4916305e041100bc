// One run of the user's test command, in a shell, in the project's copy: its exit code and the end
// of its output, or that it ran past its time (then its whole process group is killed: the command's
// test runner and its workers with it).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export type CommandResult =
  | { readonly kind: 'exited'; readonly code: number; readonly output: string }
  | { readonly kind: 'timed-out' };

/** The end of the output is what says why a command failed; the rest is the runner's chatter. */
const OUTPUT_KEPT = 8_000;

/** Runs the command for us, in a process group of its own, and ends that group if we go first. */
const WATCHDOG = fileURLToPath(new URL('./command-watchdog.js', import.meta.url));

const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
};

export function runCommand(command: string, cwd: string, timeoutMs: number, signal?: AbortSignal): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    // A process group of its own (a timeout kills the command's workers too), outside the
    // terminal's Ctrl-C: the watchdog ends it when this thread goes, through its stdin.
    const child = spawn(process.execPath, [WATCHDOG], { cwd, detached: true, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', MUTATE_TEST_COMMAND: command } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const pid = child.pid!;
    let timedOut = false;
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          killGroup(pid);
        }, timeoutMs)
      : undefined;
    const onAbort = () => killGroup(pid);
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, killedBy) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // What the command left running (a server, a watcher) goes with it.
      killGroup(pid);
      if (timedOut) resolve({ kind: 'timed-out' });
      else resolve({ kind: 'exited', code: code ?? (killedBy ? 128 : 1), output });
    });
  });
}
