import type { LabOptions, ResolvedConfig } from '@mutate/core/start';

/** The test workers for a project: its runner (vitest), with the runner's settings from the config. */
export function labOptionsFor(cwd: string, config: ResolvedConfig, concurrency: number, signal?: AbortSignal): LabOptions {
  return {
    runnerModule: import.meta.resolve('@mutate/vitest-runner'),
    root: cwd,
    runnerSettings: config.vitest,
    concurrency,
    ...(signal ? { signal } : {}),
  };
}
