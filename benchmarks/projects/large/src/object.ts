import type { Context } from './context';
import { describeValue } from './messages';
import { INVALID, OptionalSchema, Schema, type Infer, type Invalid } from './schema';
import { closest } from './text';

export type Shape = Record<string, Schema<unknown>>;
export type InferShape<S extends Shape> = { [K in keyof S]: Infer<S[K]> };
export type UnknownKeys = 'strip' | 'strict' | 'passthrough';

export class ObjectSchema<S extends Shape> extends Schema<InferShape<S>> {
  readonly kind = 'object';
  readonly shape: S;
  unknownKeys: UnknownKeys = 'strip';
  catchallSchema: Schema<unknown> | undefined = undefined;

  constructor(shape: S) {
    super();
    this.shape = shape;
  }

  protected parseType(input: unknown, ctx: Context): InferShape<S> | Invalid {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'object', received: describeValue(input) });
      return INVALID;
    }
    const source = input as Record<string, unknown>;
    const output: Record<string, unknown> = {};
    let valid = true;
    for (const key of Object.keys(this.shape)) {
      const schema = this.shape[key]!;
      const present = Object.prototype.hasOwnProperty.call(source, key);
      const value = schema.run(source[key], ctx.child(key));
      if (value === INVALID) {
        valid = false;
        if (ctx.aborted) return INVALID;
      } else if (present || value !== undefined) {
        output[key] = value;
      }
    }
    const extra = Object.keys(source).filter((key) => !Object.prototype.hasOwnProperty.call(this.shape, key));
    if (this.catchallSchema !== undefined) {
      for (const key of extra) {
        const value = this.catchallSchema.run(source[key], ctx.child(key));
        if (value === INVALID) {
          valid = false;
          if (ctx.aborted) return INVALID;
        } else {
          output[key] = value;
        }
      }
    } else if (this.unknownKeys === 'passthrough') {
      for (const key of extra) output[key] = source[key];
    } else if (this.unknownKeys === 'strict' && extra.length > 0) {
      const known = Object.keys(this.shape);
      const suggestions: Record<string, string> = {};
      for (const key of extra) {
        const near = closest(key, known);
        if (near !== undefined) suggestions[key] = near;
      }
      ctx.report('unrecognized_keys', 'unrecognized_keys', { keys: extra, count: extra.length, suggestions });
      valid = false;
    }
    return valid ? (output as InferShape<S>) : INVALID;
  }

  private withUnknownKeys(mode: UnknownKeys): this {
    const next = this.copy();
    next.unknownKeys = mode;
    next.catchallSchema = undefined;
    return next;
  }

  strict(): this {
    return this.withUnknownKeys('strict');
  }

  strip(): this {
    return this.withUnknownKeys('strip');
  }

  passthrough(): this {
    return this.withUnknownKeys('passthrough');
  }

  catchall(schema: Schema<unknown>): this {
    const next = this.copy();
    next.catchallSchema = schema;
    return next;
  }

  keys(): (keyof S & string)[] {
    return Object.keys(this.shape) as (keyof S & string)[];
  }

  private rebuild<T extends Shape>(shape: T): ObjectSchema<T> {
    const next = new ObjectSchema(shape);
    next.unknownKeys = this.unknownKeys;
    next.catchallSchema = this.catchallSchema;
    next.description = this.description;
    return next;
  }

  extend<T extends Shape>(extra: T): ObjectSchema<Omit<S, keyof T> & T> {
    return this.rebuild({ ...this.shape, ...extra } as Omit<S, keyof T> & T);
  }

  merge<T extends Shape>(other: ObjectSchema<T>): ObjectSchema<Omit<S, keyof T> & T> {
    const merged = this.extend(other.shape);
    merged.unknownKeys = other.unknownKeys;
    merged.catchallSchema = other.catchallSchema;
    return merged;
  }

  pick<K extends keyof S & string>(keys: readonly K[]): ObjectSchema<Pick<S, K>> {
    const shape: Shape = {};
    for (const key of keys) {
      if (!(key in this.shape)) throw new Error(`pick(): no key "${key}" in the shape`);
      shape[key] = this.shape[key]!;
    }
    return this.rebuild(shape as Pick<S, K>);
  }

  omit<K extends keyof S & string>(keys: readonly K[]): ObjectSchema<Omit<S, K>> {
    const shape: Shape = {};
    for (const key of Object.keys(this.shape)) {
      if (!keys.includes(key as K)) shape[key] = this.shape[key]!;
    }
    return this.rebuild(shape as Omit<S, K>);
  }

  /** Every property optional, or only those named. */
  partial(keys?: readonly (keyof S & string)[]): ObjectSchema<Shape> {
    const shape: Shape = {};
    for (const key of Object.keys(this.shape)) {
      const schema = this.shape[key]!;
      const wanted = keys === undefined || keys.includes(key);
      shape[key] = wanted && !schema.acceptsUndefined() ? schema.optional() : schema;
    }
    return this.rebuild(shape);
  }

  /** Removes one optional layer from every property. */
  required(): ObjectSchema<Shape> {
    const shape: Shape = {};
    for (const key of Object.keys(this.shape)) {
      const schema = this.shape[key]!;
      shape[key] = schema instanceof OptionalSchema ? schema.unwrap() : schema;
    }
    return this.rebuild(shape);
  }

  /** The keys a valid input must have. */
  requiredKeys(): string[] {
    return Object.keys(this.shape).filter((key) => !this.shape[key]!.acceptsUndefined());
  }
}

export const object = <S extends Shape>(shape: S): ObjectSchema<S> => new ObjectSchema(shape);
export const strictObject = <S extends Shape>(shape: S): ObjectSchema<S> => new ObjectSchema(shape).strict();
