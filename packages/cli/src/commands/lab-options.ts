import { detectTestRunner, type LabOptions, type ResolvedConfig, type TestRunnerName } from '@mutate/core/start';

/** The runner package that drives each test runner, and its settings from the config. */
const RUNNERS: Record<TestRunnerName, { readonly module: () => string; readonly settings: (config: ResolvedConfig) => object }> = {
  vitest: { module: () => import.meta.resolve('@mutate/vitest-runner'), settings: (config) => config.vitest },
  jest: { module: () => import.meta.resolve('@mutate/jest-runner'), settings: (config) => config.jest },
  node: { module: () => import.meta.resolve('@mutate/node-test-runner'), settings: (config) => config.node },
  command: { module: () => import.meta.resolve('@mutate/command-runner'), settings: (config) => ({ command: config.testCommand ?? 'npm test' }) },
};

/**
 * The project's test runner: the config's, else the one detected from the project, else vitest
 * (mutate's first runner, whose absence is then reported with the other choices).
 */
export function testRunnerOf(cwd: string, config: ResolvedConfig): TestRunnerName {
  return config.testRunner ?? detectTestRunner(cwd) ?? 'vitest';
}

/** The runner's settings from the config; a change to them can change any verdict (the run's fingerprint). */
export function runnerSettingsOf(cwd: string, config: ResolvedConfig): { readonly runner: TestRunnerName; readonly settings: Readonly<Record<string, unknown>> } {
  const runner = testRunnerOf(cwd, config);
  // Every runner reaches the Node processes tests start, unless told not to (`sandbox: false`).
  return { runner, settings: { ...RUNNERS[runner].settings(config), childProcesses: config.sandbox } };
}

/** The test workers for a project: its runner, with the runner's settings from the config. */
export function labOptionsFor(cwd: string, config: ResolvedConfig, concurrency: number, signal?: AbortSignal): LabOptions {
  const { runner, settings } = runnerSettingsOf(cwd, config);
  return {
    runnerModule: RUNNERS[runner].module(),
    root: cwd,
    runnerSettings: settings,
    concurrency,
    ...(signal ? { signal } : {}),
  };
}
