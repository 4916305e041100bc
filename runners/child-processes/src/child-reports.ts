// Reading what the Node processes a test started reported as they exited (`child-preload.ts`).
// Node built-ins only: a runner's preload reads them inside the test's own process.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildReport } from './child-settings.js';

/** The reports in `dir`, removed once read (the next reader must not count them again); none if there is no such directory. */
export function takeChildReports(dir: string): ChildReport[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const reports: ChildReport[] = [];
  for (const name of names) {
    const path = join(dir, name);
    try {
      reports.push(JSON.parse(readFileSync(path, 'utf8')) as ChildReport);
    } catch {
      // Half written by a process still exiting: it is read next time, or never (the test has ended).
      continue;
    }
    rmSync(path, { force: true });
  }
  return reports;
}
