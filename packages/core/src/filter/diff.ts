import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { MutantPlan } from '../plan/plan.js';

/** Per file (relative to the project, `/` separators), the lines of the new version that were added or changed. */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * The added lines of a unified diff (`git diff`, `diff -u`), by file of the new side. With `root`,
 * checks that the diff matches the tree: each added line must read the same in the file on disk.
 */
export function parseUnifiedDiff(text: string, root?: string): Map<string, Set<number>> {
  const changed = new Map<string, Set<number>>();
  let file: string | undefined;
  let lines: string[] | undefined;
  let next = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t.*$/, '').trim();
      file = target === '/dev/null' ? undefined : target.replace(/^b\//, '');
      lines = file && root ? readLines(root, file) : undefined;
      if (file) changed.set(file, changed.get(file) ?? new Set());
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (!file || next === 0) continue;
    if (line.startsWith('+')) {
      if (lines && lines[next - 1] !== line.slice(1)) {
        throw new UserError(`the diff does not match the files: ${file}:${next} reads differently on disk than in the diff`, 'diff');
      }
      changed.get(file)!.add(next);
      next += 1;
    } else if (line.startsWith(' ')) {
      next += 1;
    }
  }
  return changed;
}

function readLines(root: string, file: string): string[] {
  const path = join(root, file);
  if (!existsSync(path)) throw new UserError(`the diff does not match the files: ${file} does not exist`, 'diff');
  return readFileSync(path, 'utf8').split('\n');
}

/**
 * The lines changed since the merge-base of HEAD and `ref`, uncommitted changes included, and every
 * line of files git does not track yet.
 */
export function changedLinesSince(root: string, ref: string): Map<string, Set<number>> {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  try {
    git('rev-parse', '--is-inside-work-tree');
  } catch {
    throw new UserError(`--since needs a git repository, and ${root} is not in one`, 'diff');
  }
  let base: string;
  try {
    base = git('merge-base', 'HEAD', git('rev-parse', '--verify', '--quiet', `${ref}^{commit}`).trim()).trim();
  } catch {
    throw new UserError(`--since ${ref}: no such commit, branch or tag here (for a pull request, fetch the base branch: git fetch origin ${ref.replace(/^origin\//, '')})`, 'diff');
  }
  const changed = parseUnifiedDiff(git('diff', '--unified=0', '--no-color', '--no-ext-diff', '--relative', base));
  for (const file of git('ls-files', '--others', '--exclude-standard').split('\n').filter(Boolean)) {
    const count = readFileSync(join(root, file), 'utf8').split('\n').length;
    changed.set(file, new Set(Array.from({ length: count }, (_, i) => i + 1)));
  }
  return changed;
}

/**
 * The plans in scope of a change: mutants that start on a changed line (a function body emptied is
 * the function's line, not each line inside it), and mutants covered by a test in a changed test file
 * (`testFile` maps a test id to its file, relative like `changed`'s keys).
 */
export function plansInDiff(plans: readonly MutantPlan[], changed: ChangedLines, testFile: (testId: string) => string | undefined): MutantPlan[] {
  return plans.filter(({ mutant, ...plan }) => {
    if (changed.get(mutant.file)?.has(mutant.location.start.line)) return true;
    return plan.kind === 'run' && plan.coveredBy.some((id) => {
      const file = testFile(id);
      return file !== undefined && changed.has(file);
    });
  });
}
