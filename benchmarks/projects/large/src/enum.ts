import type { Context } from './context';
import { describeValue, quote } from './messages';
import { INVALID, Schema, type Invalid } from './schema';
import { closest } from './text';

export class EnumSchema<T extends string | number> extends Schema<T> {
  readonly kind = 'enum';
  readonly options: readonly T[];
  private caseInsensitive = false;

  constructor(options: readonly T[]) {
    super();
    if (options.length === 0) throw new TypeError('enumeration() needs at least one option');
    this.options = options;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    if (this.options.includes(input as T)) return input as T;
    if (this.caseInsensitive && typeof input === 'string') {
      const lower = input.toLowerCase();
      const match = this.options.find((option) => typeof option === 'string' && option.toLowerCase() === lower);
      if (match !== undefined) return match;
    }
    const options = this.options.map(quote);
    const received = typeof input === 'string' || typeof input === 'number' ? quote(input) : describeValue(input);
    const strings = this.options.filter((option): option is T & string => typeof option === 'string');
    const suggestion = typeof input === 'string' ? closest(input, strings) : undefined;
    if (suggestion !== undefined) {
      ctx.report('invalid_enum', 'invalid_enum.suggestion', { options, received, suggestion: quote(suggestion) });
    } else {
      ctx.report('invalid_enum', 'invalid_enum', { options, received });
    }
    return INVALID;
  }

  override typeName(): string {
    return this.options.map(quote).join(' | ');
  }

  /** Accepts any casing of a string option; the output is the option as declared. */
  ignoreCase(): this {
    const next = this.copy();
    next.caseInsensitive = true;
    return next;
  }

  extract<U extends T>(keep: readonly U[]): EnumSchema<U> {
    return new EnumSchema(this.options.filter((option): option is U => keep.includes(option as U)));
  }

  exclude<U extends T>(drop: readonly U[]): EnumSchema<Exclude<T, U>> {
    return new EnumSchema(this.options.filter((option): option is Exclude<T, U> => !drop.includes(option as U)));
  }
}

export function enumeration<const T extends string | number>(options: readonly T[]): EnumSchema<T> {
  return new EnumSchema(options);
}

/** The values of a TypeScript enum object, without the reverse mappings of numeric members. */
export function enumValues(object: Record<string, string | number>): (string | number)[] {
  const values: (string | number)[] = [];
  for (const key of Object.keys(object)) {
    const value = object[key]!;
    if (typeof object[value] === 'number' && typeof value === 'string') continue;
    if (!values.includes(value)) values.push(value);
  }
  return values;
}

export function nativeEnum<T extends Record<string, string | number>>(object: T): EnumSchema<T[keyof T]> {
  return new EnumSchema(enumValues(object) as T[keyof T][]);
}
