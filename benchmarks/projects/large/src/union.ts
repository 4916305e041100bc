import type { Context } from './context';
import { EnumSchema } from './enum';
import type { Issue } from './issues';
import { describeValue, quote } from './messages';
import type { ObjectSchema, Shape } from './object';
import { LiteralSchema } from './primitives';
import { INVALID, Schema, type Infer, type Invalid } from './schema';

type Options = readonly Schema<unknown>[];

/** Whether a failed attempt got past the type check: an issue below the root, or not about the type. */
function gotFurther(issues: readonly Issue[], depth: number): boolean {
  return issues.some(
    (issue) => issue.path.length > depth || (issue.code !== 'invalid_type' && issue.code !== 'invalid_literal' && issue.code !== 'invalid_enum'),
  );
}

export class UnionSchema<O extends Options> extends Schema<Infer<O[number]>> {
  readonly kind = 'union';
  readonly options: O;

  constructor(options: O) {
    super();
    if (options.length === 0) throw new TypeError('union() needs at least one option');
    this.options = options;
  }

  protected parseType(input: unknown, ctx: Context): Infer<O[number]> | Invalid {
    const attempts: Issue[][] = [];
    for (const option of this.options) {
      const trial = ctx.fork();
      const value = option.run(input, trial);
      if (value !== INVALID && trial.issues.length === 0) return value as Infer<O[number]>;
      attempts.push(trial.issues);
    }
    const further = attempts.filter((issues) => gotFurther(issues, ctx.path.length));
    if (further.length === 1) {
      ctx.adopt(further[0]!);
      return INVALID;
    }
    ctx.report('invalid_union', 'invalid_union', { expected: this.typeName(), received: describeValue(input), attempts: attempts.length });
    return INVALID;
  }

  override typeName(): string {
    const names: string[] = [];
    for (const option of this.options) {
      for (const name of option.typeName().split(' | ')) {
        if (!names.includes(name)) names.push(name);
      }
    }
    return names.join(' | ');
  }

  override acceptsUndefined(): boolean {
    return this.options.some((option) => option.acceptsUndefined());
  }
}

function discriminatorValues(schema: Schema<unknown>): unknown[] {
  if (schema instanceof LiteralSchema) return [schema.value];
  if (schema instanceof EnumSchema) return [...schema.options];
  throw new TypeError(`A discriminator must be a literal or an enumeration, not ${schema.kind}`);
}

export class DiscriminatedUnionSchema<O extends readonly ObjectSchema<Shape>[]> extends Schema<Infer<O[number]>> {
  readonly kind = 'discriminatedUnion';
  readonly discriminator: string;
  readonly options: O;
  private readonly lookup = new Map<unknown, ObjectSchema<Shape>>();

  constructor(discriminator: string, options: O) {
    super();
    this.discriminator = discriminator;
    this.options = options;
    for (const option of options) {
      const tag = option.shape[discriminator];
      if (tag === undefined) throw new TypeError(`An option has no discriminator "${discriminator}"`);
      for (const value of discriminatorValues(tag)) {
        if (this.lookup.has(value)) throw new TypeError(`Discriminator value ${quote(value)} appears twice`);
        this.lookup.set(value, option);
      }
    }
  }

  protected parseType(input: unknown, ctx: Context): Infer<O[number]> | Invalid {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'object', received: describeValue(input) });
      return INVALID;
    }
    const tag = (input as Record<string, unknown>)[this.discriminator];
    const option = this.lookup.get(tag);
    if (option === undefined) {
      const options = [...this.lookup.keys()].map(quote);
      ctx.child(this.discriminator).report('invalid_discriminator', 'invalid_discriminator', { key: this.discriminator, options, received: quote(tag) });
      return INVALID;
    }
    return option.run(input, ctx) as Infer<O[number]> | Invalid;
  }

  get values(): unknown[] {
    return [...this.lookup.keys()];
  }
}

export const union = <const O extends Options>(options: O): UnionSchema<O> => new UnionSchema(options);

export const discriminatedUnion = <const O extends readonly ObjectSchema<Shape>[]>(
  discriminator: string,
  options: O,
): DiscriminatedUnionSchema<O> => new DiscriminatedUnionSchema(discriminator, options);
