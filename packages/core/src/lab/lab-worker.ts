// Runs inside a piscina worker thread: one warm test runner for every mutant this thread is given.
// Loaded by path; imports only types from core.
import { workerData } from 'node:worker_threads';
import type { MutantRun, MutantRunOutcome, TestRunner, TestRunnerModule } from '../runner.js';
import type { LabWorkerData } from './lab.js';

const data = workerData as LabWorkerData;
let runner: Promise<TestRunner> | undefined;

async function startRunner(): Promise<TestRunner> {
  const runnerModule = (await import(data.runnerModule)) as TestRunnerModule;
  return runnerModule.createTestRunner({ root: data.root, served: new Map(data.served) });
}

export default async function runMutant(run: MutantRun): Promise<MutantRunOutcome> {
  runner ??= startRunner();
  return (await runner).runMutant(run);
}
