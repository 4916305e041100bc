import type { Context } from './context';
import { describeValue, quote } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

export type Primitive = string | number | boolean | bigint | null | undefined;

export class BooleanSchema extends Schema<boolean> {
  readonly kind = 'boolean';

  protected parseType(input: unknown, ctx: Context): boolean | Invalid {
    if (typeof input === 'boolean') return input;
    ctx.report('invalid_type', 'invalid_type', { expected: 'boolean', received: describeValue(input) });
    return INVALID;
  }

  /** Only `true`. */
  true(message?: string): this {
    return this.withCheck({ name: 'true', code: 'invalid_literal', key: 'invalid_literal', params: { expected: 'true' }, test: (v) => v, message });
  }
}

export class LiteralSchema<T extends Primitive> extends Schema<T> {
  readonly kind = 'literal';
  readonly value: T;

  constructor(value: T) {
    super();
    this.value = value;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    if (input === this.value) return this.value;
    if (typeof this.value === 'number' && Number.isNaN(this.value) && Number.isNaN(input)) return this.value;
    ctx.report('invalid_literal', 'invalid_literal', { expected: quote(this.value), received: quote(input) });
    return INVALID;
  }

  override typeName(): string {
    return quote(this.value);
  }
}

export class NullSchema extends Schema<null> {
  readonly kind = 'null';

  protected parseType(input: unknown, ctx: Context): null | Invalid {
    if (input === null) return null;
    ctx.report('invalid_type', 'invalid_type', { expected: 'null', received: describeValue(input) });
    return INVALID;
  }
}

export class UndefinedSchema extends Schema<undefined> {
  readonly kind = 'undefined';

  protected parseType(input: unknown, ctx: Context): undefined | Invalid {
    if (input === undefined) return undefined;
    ctx.report('invalid_type', 'invalid_type', { expected: 'undefined', received: describeValue(input) });
    return INVALID;
  }

  override acceptsUndefined(): boolean {
    return true;
  }
}

export class UnknownSchema extends Schema<unknown> {
  readonly kind = 'unknown';

  protected parseType(input: unknown): unknown {
    return input;
  }

  override acceptsUndefined(): boolean {
    return true;
  }
}

export class NeverSchema extends Schema<never> {
  readonly kind = 'never';

  protected parseType(input: unknown, ctx: Context): Invalid {
    ctx.report('invalid_type', 'invalid_type', { expected: 'never', received: describeValue(input) });
    return INVALID;
  }
}

export class InstanceOfSchema<T> extends Schema<T> {
  readonly kind = 'instanceof';
  readonly ctor: new (...args: never[]) => T;

  constructor(ctor: new (...args: never[]) => T) {
    super();
    this.ctor = ctor;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    if (input instanceof this.ctor) return input;
    ctx.report('invalid_type', 'invalid_type', { expected: this.ctor.name || 'instance', received: describeValue(input) });
    return INVALID;
  }
}

export class CustomSchema<T> extends Schema<T> {
  readonly kind = 'custom';
  private readonly guard: (input: unknown) => input is T;
  private readonly name: string;

  constructor(guard: (input: unknown) => input is T, name: string) {
    super();
    this.guard = guard;
    this.name = name;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    if (this.guard(input)) return input;
    ctx.report('invalid_type', 'invalid_type', { expected: this.name, received: describeValue(input) });
    return INVALID;
  }
}

export class LazySchema<T> extends Schema<T> {
  readonly kind = 'lazy';
  private readonly getter: () => Schema<T>;
  private cached: Schema<T> | undefined;

  constructor(getter: () => Schema<T>) {
    super();
    this.getter = getter;
  }

  get schema(): Schema<T> {
    if (this.cached === undefined) this.cached = this.getter();
    return this.cached;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    return this.schema.run(input, ctx);
  }

  override acceptsUndefined(): boolean {
    return this.schema.acceptsUndefined();
  }

  override typeName(): string {
    return this.schema.typeName();
  }
}

export const boolean = (): BooleanSchema => new BooleanSchema();
export const literal = <T extends Primitive>(value: T): LiteralSchema<T> => new LiteralSchema(value);
export const nullType = (): NullSchema => new NullSchema();
export const undefinedType = (): UndefinedSchema => new UndefinedSchema();
export const unknown = (): UnknownSchema => new UnknownSchema();
export const never = (): NeverSchema => new NeverSchema();
export const instanceOf = <T>(ctor: new (...args: never[]) => T): InstanceOfSchema<T> => new InstanceOfSchema(ctor);
export const custom = <T>(guard: (input: unknown) => input is T, name = 'custom value'): CustomSchema<T> =>
  new CustomSchema(guard, name);
export const lazy = <T>(getter: () => Schema<T>): LazySchema<T> => new LazySchema(getter);
