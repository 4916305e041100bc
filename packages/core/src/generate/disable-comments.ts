import type * as t from '@babel/types';

/**
 * One disable or enable directive found in a comment:
 *   // mutate-disable-next-line [Mutator, ...]: reason
 *   // mutate-disable [Mutator, ...]: reason     ...     // mutate-enable [Mutator, ...]
 * and StrykerJS's `// Stryker disable|restore [next-line] all|Mutator,...: reason`, so users can switch over.
 */
interface DisableRule {
  readonly action: 'disable' | 'enable';
  /** Lower-cased mutator names, or undefined for all mutators. */
  readonly mutators: ReadonlySet<string> | undefined;
  /** Set for next-line rules: the only line the rule applies to. */
  readonly line: number | undefined;
  /** The rule applies to mutants that start after this offset. */
  readonly after: number;
  readonly reason: string;
}

const MUTATE_DIRECTIVE = /^\s*\*?\s*mutate-(disable-next-line|disable|enable-next-line|enable)\b([^:]*)(?::\s*(.*?))?\s*$/s;
const STRYKER_DIRECTIVE = /^\s*Stryker (disable|restore)(?: (next-line))? ([a-zA-Z, ]+)(?::(.+)?)?/s;
const DEFAULT_REASON = 'disabled by a comment';

export interface DisableComments {
  /** The reason a mutant by `mutatorName` starting at `offset` on `line` is disabled, or undefined. */
  reasonFor(mutatorName: string, line: number, offset: number): string | undefined;
  /** Warnings about directives naming mutators that do not exist. */
  readonly warnings: readonly string[];
}

export function readDisableComments(
  comments: readonly t.Comment[],
  source: string,
  file: string,
  knownMutators: readonly string[],
): DisableComments {
  const known = new Set(knownMutators.map((name) => name.toLowerCase()));
  const rules: DisableRule[] = [];
  const warnings: string[] = [];
  for (const comment of comments) {
    const directive = parseDirective(comment.value);
    if (!directive) continue;
    for (const name of directive.mutators ?? []) {
      if (!known.has(name)) {
        warnings.push(`${file}:${comment.loc!.start.line}: a disable comment names mutator '${name}', which does not exist`);
      }
    }
    rules.push({
      action: directive.action,
      mutators: directive.mutators,
      line: directive.nextLine ? lineOfNextCode(source, comment.end!) : undefined,
      after: comment.end!,
      reason: directive.reason,
    });
  }
  // Latest rule first: the closest directive before a mutant decides.
  rules.sort((a, b) => b.after - a.after);
  return {
    warnings,
    reasonFor(mutatorName, line, offset) {
      const name = mutatorName.toLowerCase();
      for (const rule of rules) {
        if (rule.after > offset) continue;
        if (rule.line !== undefined && rule.line !== line) continue;
        if (rule.mutators && !rule.mutators.has(name)) continue;
        return rule.action === 'disable' ? rule.reason : undefined;
      }
      return undefined;
    },
  };
}

interface Directive {
  action: 'disable' | 'enable';
  nextLine: boolean;
  mutators: Set<string> | undefined;
  reason: string;
}

function parseDirective(text: string): Directive | undefined {
  const ours = MUTATE_DIRECTIVE.exec(text);
  if (ours) {
    const [, verb, names, reason] = ours;
    return {
      action: verb!.startsWith('disable') ? 'disable' : 'enable',
      nextLine: verb!.endsWith('next-line'),
      mutators: mutatorSet(names!),
      reason: reason?.trim() || DEFAULT_REASON,
    };
  }
  const stryker = STRYKER_DIRECTIVE.exec(text);
  if (stryker) {
    const [, verb, nextLine, names, reason] = stryker;
    return {
      action: verb === 'disable' ? 'disable' : 'enable',
      nextLine: nextLine !== undefined,
      mutators: mutatorSet(names!),
      reason: reason?.trim() || DEFAULT_REASON,
    };
  }
  return undefined;
}

function mutatorSet(names: string): Set<string> | undefined {
  const list = names
    .split(/[\s,]+/)
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  return list.length === 0 || list.includes('all') ? undefined : new Set(list);
}

/** The line of the first code after `offset`, skipping blank lines and further comments. */
function lineOfNextCode(source: string, offset: number): number {
  const skip = /(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/y;
  skip.lastIndex = offset;
  skip.exec(source);
  let line = 1;
  for (let i = 0; i < skip.lastIndex && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}
