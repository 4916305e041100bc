import { describe, expect, it } from 'vitest';
import { runWithinLoad } from '../src/lab/load-scheduler.js';

interface Job {
  readonly name: string;
  readonly load: number;
}

/** Runs the jobs, each until the test lets it finish, and records what was in flight at each start. */
function harness(jobs: readonly Job[], capacity: number, slots: number, fail?: string) {
  const inFlight = new Map<string, () => void>();
  const started: string[] = [];
  const loadAtStart: number[] = [];
  const countAtStart: number[] = [];
  const done = runWithinLoad(jobs, {
    capacity,
    slots,
    loadOf: (job) => job.load,
    run: (job) =>
      new Promise<void>((resolve, reject) => {
        started.push(job.name);
        countAtStart.push(inFlight.size + 1);
        loadAtStart.push([...inFlight.keys()].reduce((sum, name) => sum + jobs.find((other) => other.name === name)!.load, job.load));
        inFlight.set(job.name, () => (job.name === fail ? reject(new Error(`${job.name} failed`)) : resolve()));
      }),
  });
  // Awaited by the test later: a failure must not count as unhandled meanwhile.
  done.catch(() => undefined);
  /** Lets the jobs in flight settle and the scheduler start what it will. */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const finish = async (name: string) => {
    const end = inFlight.get(name);
    if (!end) throw new Error(`${name} is not running (running: ${[...inFlight.keys()].join(', ')})`);
    inFlight.delete(name);
    end();
    await settle();
  };
  const finishAll = async () => {
    while (inFlight.size > 0) await finish([...inFlight.keys()][0]!);
  };
  return { done, started, loadAtStart, countAtStart, inFlight, finish, finishAll, settle };
}

const jobs = (count: number, load: number, prefix = 'job'): Job[] => Array.from({ length: count }, (_, index) => ({ name: `${prefix}${index}`, load }));

describe('runWithinLoad', () => {
  it('with every load 1, is a pool of `capacity` workers that keeps the queue order', async () => {
    const run = harness(jobs(5, 1), 2, 6);
    await run.settle();
    expect([...run.inFlight.keys()]).toEqual(['job0', 'job1']);
    await run.finish('job1');
    expect([...run.inFlight.keys()]).toEqual(['job0', 'job2']);
    await run.finishAll();
    await run.done;
    expect(run.started).toEqual(['job0', 'job1', 'job2', 'job3', 'job4']);
    expect(Math.max(...run.countAtStart)).toBe(2);
  });

  it('runs jobs that mostly wait beside each other, up to the slots', async () => {
    const run = harness(jobs(10, 0.05), 2, 6);
    await run.settle();
    expect(run.inFlight.size).toBe(6);
    await run.finishAll();
    await run.done;
    expect(run.started).toHaveLength(10);
  });

  it('never lets the jobs in flight load more than the capacity, and starts waiting jobs beside busy ones', async () => {
    const mixed = [...jobs(3, 1, 'busy'), ...jobs(4, 0.1, 'sleepy'), ...jobs(2, 0.9, 'busy-ish')];
    const run = harness(mixed, 2, 5);
    await run.settle();
    // Two busy jobs fill the capacity; no waiting job fits beside them (2 + 0.1 > 2).
    expect([...run.inFlight.keys()]).toEqual(['busy0', 'busy1']);
    await run.finish('busy0');
    // busy2 (1) takes the room; nothing else fits.
    expect([...run.inFlight.keys()]).toEqual(['busy1', 'busy2']);
    await run.finish('busy1');
    // In the queue's order, the first that fit: the four waiting jobs (1 + 4 × 0.1), up to the five slots.
    expect([...run.inFlight.keys()]).toEqual(['busy2', 'sleepy0', 'sleepy1', 'sleepy2', 'sleepy3']);
    await run.finishAll();
    await run.done;
    expect(run.started).toHaveLength(mixed.length);
    for (const load of run.loadAtStart) expect(load).toBeLessThanOrEqual(2 + 1e-9);
  });

  it('always runs one job, even one loading more than the capacity', async () => {
    const run = harness(jobs(2, 1), 0.5, 4);
    await run.settle();
    expect(run.inFlight.size).toBe(1);
    await run.finishAll();
    await run.done;
    expect(run.started).toEqual(['job0', 'job1']);
  });

  it('starts nothing more after a job fails, lets those in flight finish, and throws its error', async () => {
    const run = harness(jobs(6, 0.5), 1, 4, 'job0');
    await run.settle();
    expect([...run.inFlight.keys()]).toEqual(['job0', 'job1']);
    await run.finish('job0');
    expect([...run.inFlight.keys()]).toEqual(['job1']);
    await run.finish('job1');
    await expect(run.done).rejects.toThrow('job0 failed');
    expect(run.started).toEqual(['job0', 'job1']);
  });

  it('starts more jobs as soon as the slots grow, without waiting for one to finish', async () => {
    let slots = 1;
    let grow: () => void = () => undefined;
    const started: number[] = [];
    const finish: (() => void)[] = [];
    const done = runWithinLoad([1, 2, 3, 4], {
      capacity: 2,
      slots: () => slots,
      slotsGrow: () => new Promise<void>((resolve) => (grow = resolve)),
      loadOf: () => 0.1,
      run: (job) =>
        new Promise<void>((resolve) => {
          started.push(job);
          finish.push(resolve);
        }),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1]);
    slots = 3;
    grow();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 2, 3]);
    for (let index = 0; index < 4; index++) {
      finish[index]!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await done;
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('starts nothing once stopped', async () => {
    let stopped = false;
    const started: number[] = [];
    await runWithinLoad([1, 2, 3, 4], {
      capacity: 1,
      slots: 1,
      loadOf: () => 1,
      stopped: () => stopped,
      run: async (job) => {
        started.push(job);
        if (job === 2) stopped = true;
      },
    });
    expect(started).toEqual([1, 2]);
  });
});
