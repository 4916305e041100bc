// One test file in a Node process of its own, as `node --test` runs each file: with mutate's preload
// (`runtime/node-test-preload.ts`) and reporter (`runtime/node-test-reporter.ts`), and killed with
// every process it started once past its deadline.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RUN_ENV, type FileRunReport, type FileRunSettings } from './run-protocol.js';

export interface FileRun {
  /** null when the process was killed. */
  readonly exitCode: number | null;
  readonly timedOut: boolean;
  /** The end of what the process wrote to stderr (an error thrown as the file loaded). */
  readonly stderr: string;
  /** The reporter's lines. */
  readonly events: readonly string[];
  /** The preload's report; undefined if the process never got to write it (killed). */
  readonly report: FileRunReport | undefined;
}

const PRELOAD_URL = new URL('./runtime/node-test-preload.js', import.meta.url).href;
const REPORTER_URL = new URL('./runtime/node-test-reporter.js', import.meta.url).href;
const STDERR_KEPT = 8_000;

/** Processes still running, by process group, killed if the worker goes. */
const running = new Set<number>();
process.once('exit', () => {
  for (const group of running) killGroup(group);
});

export function runTestFile(file: string, options: { root: string; execArgv: readonly string[]; settings: Omit<FileRunSettings, 'report'>; dir: string; timeoutMs: number }): Promise<FileRun> {
  const { root, execArgv, dir, timeoutMs } = options;
  mkdirSync(dir, { recursive: true });
  const reportPath = join(dir, 'report.json');
  const eventsPath = join(dir, 'events.jsonl');
  const settings: FileRunSettings = { ...options.settings, report: reportPath };
  const env: NodeJS.ProcessEnv = { ...process.env, [RUN_ENV]: JSON.stringify(settings) };
  // Set when mutate itself runs under `node --test`: the file's process would report to a parent that is not there.
  delete env['NODE_TEST_CONTEXT'];
  const args = [...execArgv, `--import=${PRELOAD_URL}`, `--test-reporter=${REPORTER_URL}`, `--test-reporter-destination=${eventsPath}`, file];
  return new Promise((resolve, reject) => {
    // Its own process group, so that the processes its tests start go with it. Its stdin is a pipe
    // from here that it only watches: when it closes (this thread or process ended without killing
    // the group: an interrupted run), the process kills its group itself (`node-test-preload.ts`).
    const child = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    const group = child.pid;
    if (group !== undefined) running.add(group);
    let timedOut = false;
    const timer = Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true;
          if (group !== undefined) killGroup(group);
        }, Math.max(timeoutMs, 0))
      : undefined;
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      if (group !== undefined) {
        running.delete(group);
        // What its tests started and left running goes too.
        killGroup(group);
      }
      resolve({ exitCode, timedOut, stderr, events: readLines(eventsPath), report: readReport(reportPath) });
    });
  });
}

function killGroup(group: number): void {
  try {
    process.kill(-group, 'SIGKILL');
  } catch {
    // already gone
  }
}

function readLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

function readReport(path: string): FileRunReport | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as FileRunReport;
  } catch {
    return undefined;
  }
}
