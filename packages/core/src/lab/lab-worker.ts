// Runs inside a piscina worker thread: one warm test runner for the dry run and every mutant this
// thread is given. Loaded by path; imports from core only types and one constant (and the runner
// module by URL).
import { BroadcastChannel, workerData } from 'node:worker_threads';
import type { CompileProblem, InstrumentedCode, TestRunner, TestRunnerModule, TestRunnerOptions } from '../runner.js';
import type { LabServed, LabTask, LabTaskResult, LabWorkerData } from './lab.js';
import { SERVED_REQUEST } from './served-request.js';

const data = workerData as LabWorkerData;

async function startRunner(): Promise<TestRunner> {
  const runnerModule = (await import(data.runnerModule)) as TestRunnerModule;
  // Both at once: the runner's own loading, and the instrumented files the main thread is making.
  const [served] = await Promise.all([receiveServed(), runnerModule.prepare?.(data.root)]);
  return runnerModule.createTestRunner({ root: data.root, served });
}

function receiveServed(): Promise<TestRunnerOptions['served']> {
  return new Promise((resolve) => {
    const channel = new BroadcastChannel(data.servedChannel);
    channel.onmessage = (event) => {
      const message = (event as MessageEvent).data as LabServed | typeof SERVED_REQUEST;
      if (message === SERVED_REQUEST) return; // another worker asking
      channel.close();
      resolve(new Map(message));
    };
    channel.postMessage(SERVED_REQUEST);
  });
}

/** A compile check needs the runner module, not a runner: a runner waits for the files this checks. */
async function compile(files: readonly InstrumentedCode[]): Promise<readonly CompileProblem[]> {
  const runnerModule = (await import(data.runnerModule)) as TestRunnerModule;
  return (await runnerModule.compile?.(data.root, files)) ?? [];
}

// Started as soon as the thread is: every worker warms up while the first one runs the dry run.
const runner = startRunner();
// A failure to start is reported by the first task, not as an unhandled rejection.
runner.catch(() => undefined);

export default async function runTask(task: LabTask): Promise<LabTaskResult> {
  try {
    if (task.kind === 'compile') return { value: await compile(task.files) };
    const warm = await runner;
    if (process.env['MUTATE_DEBUG'] && task.kind === 'mutant') process.stderr.write(`[mutate] start mutant ${task.run.mutantId} timeout ${task.run.timeoutMs}\n`);
    const value = task.kind === 'dry-run' ? await warm.dryRun() : await warm.runMutant(task.run);
    // The verdict stands; the thread goes once it is delivered, and piscina starts a fresh one.
    if (warm.broken) setTimeout(() => process.exit(0), 50);
    return { value };
  } catch (error) {
    // A user's mistake (vitest missing...) keeps its kind across the thread boundary; anything else is thrown as is.
    if ((error as { name?: string }).name === 'UserError') return { userError: { message: (error as Error).message, kind: (error as { kind: string }).kind } };
    throw error;
  }
}
