// One run of the user's test command, in a shell, in the project's copy: its exit code and the end
// of its output, or that it ran past its time (then its whole process group is killed: the command's
// test runner and its workers with it).
import { spawn } from 'node:child_process';

export type CommandResult =
  | { readonly kind: 'exited'; readonly code: number; readonly output: string }
  | { readonly kind: 'timed-out' };

/** The end of the output is what says why a command failed; the rest is the runner's chatter. */
const OUTPUT_KEPT = 8_000;

/**
 * The process groups of the commands running now. A command runs in a group of its own (so that a
 * timeout kills its workers too), which also takes it out of the terminal's Ctrl-C: when mutate's
 * thread ends, stopped or interrupted, it kills them.
 */
const running = new Set<number>();
const killGroup = (pid: number) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
process.once('exit', () => {
  for (const pid of running) killGroup(pid);
});

export function runCommand(command: string, cwd: string, timeoutMs: number, signal?: AbortSignal): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, { cwd, shell: true, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-OUTPUT_KEPT);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const pid = child.pid!;
    running.add(pid);
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
      running.delete(pid);
      if (timedOut) resolve({ kind: 'timed-out' });
      else resolve({ kind: 'exited', code: code ?? (killedBy ? 128 : 1), output });
    });
  });
}
