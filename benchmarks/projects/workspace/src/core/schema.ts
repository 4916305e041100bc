export type PathSegment = string | number;

export type IssueCode =
  | 'invalid_type'
  | 'too_small'
  | 'too_big'
  | 'invalid_format'
  | 'invalid_value'
  | 'unknown_key'
  | 'required';

export interface Issue {
  path: PathSegment[];
  code: IssueCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

export type Infer<S> = S extends Schema<infer T> ? T : never;

export function typeName(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

export abstract class Schema<T> {
  protected abstract check(input: unknown, path: PathSegment[]): Result<T>;

  parse(input: unknown, path: PathSegment[] = []): Result<T> {
    return this.check(input, path);
  }

  optional(): Schema<T | undefined> {
    return new WrapSchema<T | undefined>((input, path) =>
      input === undefined ? { ok: true, value: undefined } : this.check(input, path),
    );
  }
}

class WrapSchema<T> extends Schema<T> {
  constructor(private readonly fn: (input: unknown, path: PathSegment[]) => Result<T>) {
    super();
  }
  protected check(input: unknown, path: PathSegment[]): Result<T> {
    return this.fn(input, path);
  }
}

function fail(path: PathSegment[], code: IssueCode, message: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [{ path, code, message }] };
}

function expected(path: PathSegment[], what: string, input: unknown) {
  return fail(path, input === undefined ? 'required' : 'invalid_type', `Expected ${what}, received ${typeName(input)}`);
}

export interface StringOptions {
  min?: number;
  max?: number;
  pattern?: RegExp;
}

export function string(options: StringOptions = {}): Schema<string> {
  return new WrapSchema<string>((input, path) => {
    if (typeof input !== 'string') return expected(path, 'string', input);
    if (options.min !== undefined && input.length < options.min) {
      return fail(path, 'too_small', `Expected at least ${options.min} characters`);
    }
    if (options.max !== undefined && input.length > options.max) {
      return fail(path, 'too_big', `Expected at most ${options.max} characters`);
    }
    if (options.pattern && !options.pattern.test(input)) {
      return fail(path, 'invalid_format', `Expected a string matching ${options.pattern}`);
    }
    return { ok: true, value: input };
  });
}

export interface NumberOptions {
  min?: number;
  max?: number;
  /** Accept numeric strings such as "42" or " 1.5 ". */
  coerce?: boolean;
}

export function number(options: NumberOptions = {}): Schema<number> {
  return new WrapSchema<number>((input, path) => {
    let value = input;
    if (options.coerce && typeof value === 'string' && value.trim() !== '') value = Number(value);
    if (typeof value !== 'number' || Number.isNaN(value)) return expected(path, 'number', value);
    if (options.min !== undefined && value < options.min) {
      return fail(path, 'too_small', `Expected a number >= ${options.min}, received ${value}`);
    }
    if (options.max !== undefined && value > options.max) {
      return fail(path, 'too_big', `Expected a number <= ${options.max}, received ${value}`);
    }
    return { ok: true, value };
  });
}

export function oneOf<const V extends readonly (string | number)[]>(values: V): Schema<V[number]> {
  const list = values.map((value) => JSON.stringify(value)).join(', ');
  return new WrapSchema<V[number]>((input, path) => {
    if (values.includes(input as V[number])) return { ok: true, value: input as V[number] };
    return fail(path, input === undefined ? 'required' : 'invalid_value', `Expected one of ${list}, received ${JSON.stringify(input)}`);
  });
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return new WrapSchema<T[]>((input, path) => {
    if (!Array.isArray(input)) return expected(path, 'array', input);
    const issues: Issue[] = [];
    const value: T[] = [];
    input.forEach((element, index) => {
      const result = item.parse(element, [...path, index]);
      if (result.ok) value.push(result.value);
      else issues.push(...result.issues);
    });
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
  });
}

export type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: undefined extends Infer<S[K]> ? K : never }[keyof S];
/** The value type of an object schema: keys whose schema accepts undefined are optional. */
export type InferShape<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Infer<S[K]>;
};

export interface ObjectOptions {
  /** Report keys the shape does not list (default: drop them silently). */
  strict?: boolean;
}

export function object<S extends Shape>(shape: S, options: ObjectOptions = {}): Schema<InferShape<S>> {
  const keys = Object.keys(shape);
  return new WrapSchema<InferShape<S>>((input, path) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return expected(path, 'object', input);
    }
    const record = input as Record<string, unknown>;
    const issues: Issue[] = [];
    const value: Record<string, unknown> = {};
    for (const key of keys) {
      const result = shape[key]!.parse(record[key], [...path, key]);
      if (!result.ok) issues.push(...result.issues);
      else if (result.value !== undefined) value[key] = result.value;
    }
    if (options.strict) {
      for (const key of Object.keys(record)) {
        if (!keys.includes(key)) {
          issues.push({ path: [...path, key], code: 'unknown_key', message: `Unknown key "${key}"` });
        }
      }
    }
    return issues.length > 0 ? { ok: false, issues } : { ok: true, value: value as InferShape<S> };
  });
}
