/**
 * Runs jobs so that the cores are kept busy and never oversubscribed: the jobs in flight together
 * keep at most `capacity` cores busy by their expected load (a job whose tests sleep on a real
 * timer loads a core for a small part of its time), and no more than `slots` are in flight at
 * once. With every load 1 this is a plain pool of `capacity` workers. A job that loads a core
 * fully waits for room; jobs that mostly wait go beside it. The first job that fits goes first, so
 * the order of the queue is kept where loads are alike. One job always runs, whatever its load.
 */
export interface LoadSchedule<Job> {
  /** The cores the jobs may keep busy together (the concurrency). */
  readonly capacity: number;
  /** The most jobs in flight at once (the workers there are): asked before each start, as it may grow. */
  readonly slots: number | (() => number);
  /** Resolves the next time `slots` grows, for a schedule waiting for room to look again. */
  readonly slotsGrow?: () => Promise<void>;
  /** The share of a core the job keeps busy while it runs, from 0 to 1. */
  readonly loadOf: (job: Job) => number;
  readonly run: (job: Job) => Promise<void>;
  /** Checked before each job starts: true stops the schedule (the jobs in flight still finish). */
  readonly stopped?: () => boolean;
}

export async function runWithinLoad<Job>(jobs: readonly Job[], schedule: LoadSchedule<Job>): Promise<void> {
  const queue = [...jobs];
  const running = new Set<Promise<void>>();
  let load = 0;
  let failure: { error: unknown } | undefined;
  const loadOf = (job: Job) => Math.min(1, Math.max(0, schedule.loadOf(job)));
  const slots = typeof schedule.slots === 'number' ? () => schedule.slots as number : schedule.slots;
  // The small margin: loads are sums of fractions, and two jobs of load 1 must fit a capacity of 2.
  const fits = (job: Job) => running.size === 0 || (running.size < slots() && load + loadOf(job) <= schedule.capacity + 1e-9);
  while (queue.length > 0 && !failure && !schedule.stopped?.()) {
    const next = queue.findIndex(fits);
    if (next === -1) {
      await Promise.race([...running, ...(schedule.slotsGrow ? [schedule.slotsGrow()] : [])]);
      continue;
    }
    const [job] = queue.splice(next, 1) as [Job];
    const jobLoad = loadOf(job);
    load += jobLoad;
    const done: Promise<void> = schedule
      .run(job)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => {
        load -= jobLoad;
        running.delete(done);
      });
    running.add(done);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}
