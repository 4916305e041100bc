import type { Schema } from '../core/index.js';

export type OptionType = 'boolean' | 'string' | 'number' | 'list';

export interface OptionSpec {
  type: OptionType;
  /** One character: `-v`. */
  short?: string;
  description?: string;
  default?: unknown;
  required?: boolean;
  /** Allowed values of a string or list option. */
  choices?: readonly string[];
  /** Shown in help: `--out <dir>`. */
  valueName?: string;
  /** Further validation of the converted value. */
  schema?: Schema<unknown>;
}

export interface PositionalSpec {
  name: string;
  required?: boolean;
  /** Takes every remaining argument; only the last positional may be variadic. */
  variadic?: boolean;
  description?: string;
}

export interface CommandSpec {
  name: string;
  description?: string;
  /** Keys are camelCase; the flag is their kebab-case form (`dryRun` → `--dry-run`). */
  options: Record<string, OptionSpec>;
  positionals?: PositionalSpec[];
}

export function toKebab(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function toCamel(flag: string): string {
  return flag.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * Throws on a spec that cannot work: a short flag used twice, a misplaced variadic. Returns the
 * options by short flag.
 */
export function checkSpec(spec: CommandSpec): Map<string, string> {
  const shorts = new Map<string, string>();
  for (const [key, option] of Object.entries(spec.options)) {
    if (option.short === undefined) continue;
    const other = shorts.get(option.short);
    if (other !== undefined) throw new Error(`Options "${other}" and "${key}" both use -${option.short}`);
    shorts.set(option.short, key);
  }
  const positionals = spec.positionals ?? [];
  positionals.forEach((positional, index) => {
    if (positional.variadic && index !== positionals.length - 1) {
      throw new Error(`Positional "${positional.name}" is variadic but not last`);
    }
  });
  return shorts;
}
