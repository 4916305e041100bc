// Runs inside a piscina worker thread: one warm test runner for the dry run and every mutant this
// thread is given. Loaded by path; imports from core only types and constants (and the runner
// module by URL).
import { BroadcastChannel, workerData } from 'node:worker_threads';
import type { CompileProblem, InstrumentedCode, ServedFiles, TestRunner, TestRunnerModule } from '../runner.js';
import type { LabServed, LabTask, LabTaskResult, LabWorkerData } from './lab.js';
import { SERVED_REQUEST } from './served-request.js';
import { PROBES_DIR_ENV, probesDirOf } from '../explain/probe-runtime.js';

const data = workerData as LabWorkerData;
// Where explanation probes write what they saw, in this thread and every process it starts.
process.env[PROBES_DIR_ENV] = probesDirOf(data.scratchDir);

async function startRunner(): Promise<TestRunner> {
  const runnerModule = (await import(data.runnerModule)) as TestRunnerModule;
  await runnerModule.prepare?.(data.root);
  return runnerModule.createTestRunner({ root: data.root, scratchDir: data.scratchDir, ...(data.settings ? { settings: data.settings } : {}) });
}

function receiveServed(): Promise<ServedFiles> {
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

/** A compile check needs only the runner module (the project's compiler), not a started runner. */
async function compile(files: readonly InstrumentedCode[]): Promise<readonly CompileProblem[]> {
  const runnerModule = (await import(data.runnerModule)) as TestRunnerModule;
  return (await runnerModule.compile?.(data.root, files)) ?? [];
}

// Started as soon as the thread is: every worker warms up (loads the test framework, reads the
// project's config) while the main thread makes the mutants; the instrumented files come later.
const runner = startRunner();
const served = Promise.all([runner, receiveServed()]).then(([started, files]) => {
  started.serve(files);
  return started;
});
// A failure to start is reported by the first task, not as an unhandled rejection.
served.catch(() => undefined);

async function perform(task: LabTask): Promise<unknown> {
  // The test files are asked for before anything is served: that is what decides what gets mutated.
  if (task.kind === 'test-files') return (await runner).testFiles();
  // So is the compile check of the instrumented files: what fails it is not served.
  if (task.kind === 'compile') return compile(task.files);
  const warm = await served;
  if (task.kind === 'warm') return null;
  if (process.env['MUTATE_DEBUG'] && task.kind === 'mutant') process.stderr.write(`[mutate] start mutant ${task.run.mutantId} timeout ${task.run.timeoutMs}\n`);
  const value = task.kind === 'dry-run' ? await warm.dryRun(task.testFiles) : await warm.runMutant(task.run);
  // The verdict stands; the thread goes once it is delivered, and piscina starts a fresh one.
  if (warm.broken) setTimeout(() => process.exit(0), 50);
  return value;
}

export default async function runTask(task: LabTask): Promise<LabTaskResult> {
  try {
    return { value: await perform(task) };
  } catch (error) {
    // A user's mistake (vitest missing...) keeps its kind across the thread boundary, and mutate's own
    // bug its name (it stops the run); anything else is thrown as is.
    const { name, message } = error as { name?: string; message: string };
    if (name === 'UserError' || name === 'SourceSyntaxError') return { userError: { message, kind: (error as { kind: string }).kind } };
    if (name === 'MutateBug') return { bug: message };
    throw error;
  }
}
