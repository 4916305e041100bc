import { Context, type ParseOptions } from './context';
import { ValidationError, type IssueCode, type ParseResult } from './issues';

/** Returned by a schema's parse step when the input did not match (its issues are in the context). */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

export interface Check<T> {
  readonly name: string;
  readonly code: IssueCode;
  readonly key: string;
  readonly params: Record<string, unknown>;
  test(value: T): boolean;
  readonly message?: string;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** A function type compared bivariantly, so that a Schema<string> is also a Schema<unknown>. */
type Fn<I, O> = { call(value: I): O }['call'];

export interface RefineOptions {
  message?: string;
  params?: Record<string, unknown>;
}

export abstract class Schema<T> {
  abstract readonly kind: string;
  declare readonly _output: T;
  description: string | undefined = undefined;
  protected checks: readonly Check<T>[] = [];

  /** Checks the input's type (and converts it, for coercing schemas); the checks come after. */
  protected abstract parseType(input: unknown, ctx: Context): T | Invalid;

  protected copy(): this {
    const next = Object.create(Object.getPrototypeOf(this)) as this;
    Object.assign(next, this);
    return next;
  }

  protected withCheck(check: Check<T>): this {
    const next = this.copy();
    next.checks = [...this.checks, check];
    return next;
  }

  get checkList(): readonly Check<T>[] {
    return this.checks;
  }

  findCheck(name: string): Check<T> | undefined {
    return this.checks.find((check) => check.name === name);
  }

  /** How the schema's type reads in messages: `string`, `"a" | "b"`, `number | null`. */
  typeName(): string {
    return this.kind;
  }

  /** Whether a missing value (undefined) is acceptable, e.g. as an object property. */
  acceptsUndefined(): boolean {
    return false;
  }

  run(input: unknown, ctx: Context): T | Invalid {
    const value = this.parseType(input, ctx);
    if (value === INVALID) return INVALID;
    let valid = true;
    for (const check of this.checks) {
      if (check.test(value)) continue;
      ctx.report(check.code, check.key, check.params, check.message);
      valid = false;
      if (ctx.options.abortEarly) break;
    }
    return valid ? value : INVALID;
  }

  safeParse(input: unknown, options: ParseOptions = {}): ParseResult<T> {
    const ctx = Context.root(options);
    const value = this.run(input, ctx);
    if (value === INVALID || ctx.issues.length > 0) return { ok: false, issues: ctx.issues };
    return { ok: true, value };
  }

  parse(input: unknown, options?: ParseOptions): T {
    const result = this.safeParse(input, options);
    if (!result.ok) throw new ValidationError(result.issues);
    return result.value;
  }

  is(input: unknown): input is T {
    return this.safeParse(input, { abortEarly: true }).ok;
  }

  optional(): OptionalSchema<T> {
    return new OptionalSchema(this);
  }

  nullable(): NullableSchema<T> {
    return new NullableSchema(this);
  }

  nullish(): OptionalSchema<T | null> {
    return new OptionalSchema(new NullableSchema(this));
  }

  default(value: T | (() => T)): DefaultSchema<T> {
    return new DefaultSchema(this, value);
  }

  catch(value: T): CatchSchema<T> {
    return new CatchSchema(this, value);
  }

  transform<U>(fn: (value: T) => U): TransformSchema<T, U> {
    return new TransformSchema(this, fn);
  }

  pipe<U>(next: Schema<U>): PipeSchema<T, U> {
    return new PipeSchema(this, next);
  }

  refine(predicate: (value: T) => boolean, options: string | RefineOptions = {}): this {
    const { message, params = {} } = typeof options === 'string' ? { message: options } : options;
    return this.withCheck({ name: 'refine', code: 'custom', key: 'custom', params, test: predicate, message });
  }

  describe(text: string): this {
    const next = this.copy();
    next.description = text;
    return next;
  }
}

export class OptionalSchema<T> extends Schema<T | undefined> {
  readonly kind = 'optional';
  readonly inner: Schema<T>;

  constructor(inner: Schema<T>) {
    super();
    this.inner = inner;
  }

  protected parseType(input: unknown, ctx: Context): T | undefined | Invalid {
    return input === undefined ? undefined : this.inner.run(input, ctx);
  }

  override acceptsUndefined(): boolean {
    return true;
  }

  override typeName(): string {
    return `${this.inner.typeName()} | undefined`;
  }

  unwrap(): Schema<T> {
    return this.inner;
  }
}

export class NullableSchema<T> extends Schema<T | null> {
  readonly kind = 'nullable';
  readonly inner: Schema<T>;

  constructor(inner: Schema<T>) {
    super();
    this.inner = inner;
  }

  protected parseType(input: unknown, ctx: Context): T | null | Invalid {
    return input === null ? null : this.inner.run(input, ctx);
  }

  override acceptsUndefined(): boolean {
    return this.inner.acceptsUndefined();
  }

  override typeName(): string {
    return `${this.inner.typeName()} | null`;
  }

  unwrap(): Schema<T> {
    return this.inner;
  }
}

export class DefaultSchema<T> extends Schema<T> {
  readonly kind = 'default';
  readonly inner: Schema<T>;
  private readonly fallback: T | (() => T);

  constructor(inner: Schema<T>, fallback: T | (() => T)) {
    super();
    this.inner = inner;
    this.fallback = fallback;
  }

  defaultValue(): T {
    return typeof this.fallback === 'function' ? (this.fallback as () => T)() : this.fallback;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    return this.inner.run(input === undefined ? this.defaultValue() : input, ctx);
  }

  override typeName(): string {
    return this.inner.typeName();
  }

  override acceptsUndefined(): boolean {
    return true;
  }
}

export class CatchSchema<T> extends Schema<T> {
  readonly kind = 'catch';
  readonly inner: Schema<T>;
  private readonly fallback: T;

  constructor(inner: Schema<T>, fallback: T) {
    super();
    this.inner = inner;
    this.fallback = fallback;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    const trial = ctx.fork();
    const value = this.inner.run(input, trial);
    if (value === INVALID || trial.issues.length > 0) return this.fallback;
    return value;
  }

  override acceptsUndefined(): boolean {
    return true;
  }
}

export class TransformSchema<I, O> extends Schema<O> {
  readonly kind = 'transform';
  readonly inner: Schema<I>;
  private readonly fn: Fn<I, O>;

  constructor(inner: Schema<I>, fn: (value: I) => O) {
    super();
    this.inner = inner;
    this.fn = fn;
  }

  protected parseType(input: unknown, ctx: Context): O | Invalid {
    const value = this.inner.run(input, ctx);
    if (value === INVALID) return INVALID;
    try {
      return this.fn(value);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.report('custom', 'custom', { reason: 'transform' }, message);
      return INVALID;
    }
  }

  override acceptsUndefined(): boolean {
    return this.inner.acceptsUndefined();
  }
}

export class PipeSchema<A, B> extends Schema<B> {
  readonly kind = 'pipe';
  readonly first: Schema<A>;
  readonly second: Schema<B>;

  constructor(first: Schema<A>, second: Schema<B>) {
    super();
    this.first = first;
    this.second = second;
  }

  protected parseType(input: unknown, ctx: Context): B | Invalid {
    const middle = this.first.run(input, ctx);
    if (middle === INVALID) return INVALID;
    return this.second.run(middle, ctx);
  }
}

export class PreprocessSchema<T> extends Schema<T> {
  readonly kind = 'preprocess';
  readonly inner: Schema<T>;
  private readonly fn: (input: unknown) => unknown;

  constructor(fn: (input: unknown) => unknown, inner: Schema<T>) {
    super();
    this.fn = fn;
    this.inner = inner;
  }

  protected parseType(input: unknown, ctx: Context): T | Invalid {
    return this.inner.run(this.fn(input), ctx);
  }
}

export function preprocess<T>(fn: (input: unknown) => unknown, schema: Schema<T>): PreprocessSchema<T> {
  return new PreprocessSchema(fn, schema);
}

/** Unwraps optional, nullable, default and catch layers down to the schema they wrap. */
export function unwrapAll(schema: Schema<unknown>): Schema<unknown> {
  let current: Schema<unknown> = schema;
  for (;;) {
    if (
      current instanceof OptionalSchema ||
      current instanceof NullableSchema ||
      current instanceof DefaultSchema ||
      current instanceof CatchSchema
    ) {
      current = current.inner;
    } else {
      return current;
    }
  }
}
