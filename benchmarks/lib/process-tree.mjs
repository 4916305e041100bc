// CPU-seconds and peak memory of a command's whole process tree (its workers, forked children,
// esbuild's service, …), read from Linux's /proc while it runs. The machine is shared and noisy:
// CPU-seconds say how much work a tool did, whatever else the machine was doing.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux Node runs on
const PAGE_BYTES = 4096;
const SAMPLE_EVERY_MS = 100;

/** A process's /proc/<pid>/stat fields we need, or undefined once it is gone. */
function readStat(pid) {
  let text;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: split after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): field n is fields[n - 3].
  return {
    ppid: Number(fields[1]),
    cpuTicks: Number(fields[11]) + Number(fields[12]), // utime + stime: the process's own, its threads included
    childTicks: Number(fields[13]) + Number(fields[14]), // cutime + cstime: children it has reaped
    startTime: fields[19],
    rssBytes: Number(fields[21]) * PAGE_BYTES,
  };
}

function selfChildTicks() {
  return readStat(process.pid).childTicks;
}

/**
 * Watches the tree of `rootPid` until `stop()`: every 100 ms it finds the tree's processes (by
 * parent, and keeps following a process once seen even when it is orphaned) and notes each one's
 * CPU time and the tree's summed resident memory. `stop()`, called after the root exited and was
 * reaped, gives `{ cpuSeconds, peakMemoryMB }`.
 *
 * CPU-seconds are the larger of two lower bounds: the sum of the last CPU time seen of every
 * process of the tree (misses what a process did in its last 100 ms, and processes shorter than
 * that), and what this process's reaped-children counter grew by (the root and everything it
 * waited for, but not processes orphaned before their end).
 */
export function watchProcessTree(rootPid) {
  if (os.platform() !== 'linux') return { stop: () => ({ cpuSeconds: null, peakMemoryMB: null }) };
  const childTicksBefore = selfChildTicks();
  const seen = new Map(); // "pid startTime" -> last cpuTicks
  const followed = new Map(); // pid -> startTime
  let peakBytes = 0;
  const sample = () => {
    const stats = new Map();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      const stat = readStat(name);
      if (stat) stats.set(Number(name), stat);
    }
    const inTree = new Set();
    const visit = (pid) => {
      if (inTree.has(pid) || !stats.has(pid)) return;
      inTree.add(pid);
      for (const [child, stat] of stats) if (stat.ppid === pid) visit(child);
    };
    visit(rootPid);
    for (const [pid, startTime] of followed) if (stats.get(pid)?.startTime === startTime) visit(pid);
    let bytes = 0;
    for (const pid of inTree) {
      const stat = stats.get(pid);
      followed.set(pid, stat.startTime);
      seen.set(`${pid} ${stat.startTime}`, stat.cpuTicks);
      bytes += stat.rssBytes;
    }
    peakBytes = Math.max(peakBytes, bytes);
  };
  sample();
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  return {
    stop() {
      clearInterval(timer);
      const sampledTicks = [...seen.values()].reduce((sum, ticks) => sum + ticks, 0);
      const reapedTicks = selfChildTicks() - childTicksBefore;
      return { cpuSeconds: Math.max(sampledTicks, reapedTicks) / TICKS_PER_SECOND, peakMemoryMB: Math.round(peakBytes / 2 ** 20) };
    },
  };
}
