import type { Context } from './context';
import { findDuplicate } from './equal';
import { describeValue } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

export class ArraySchema<T> extends Schema<T[]> {
  readonly kind = 'array';
  readonly element: Schema<T>;

  constructor(element: Schema<T>) {
    super();
    this.element = element;
  }

  protected parseType(input: unknown, ctx: Context): T[] | Invalid {
    if (!Array.isArray(input)) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'array', received: describeValue(input) });
      return INVALID;
    }
    const output: T[] = [];
    let valid = true;
    for (let i = 0; i < input.length; i++) {
      const value = this.element.run(input[i], ctx.child(i));
      if (value === INVALID) {
        valid = false;
        if (ctx.aborted) return INVALID;
      } else {
        output.push(value);
      }
    }
    return valid ? output : INVALID;
  }

  min(minimum: number, message?: string): this {
    return this.withCheck({ name: 'min', code: 'too_small', key: 'too_small.array', params: { minimum }, test: (v) => v.length >= minimum, message });
  }

  max(maximum: number, message?: string): this {
    return this.withCheck({ name: 'max', code: 'too_big', key: 'too_big.array', params: { maximum }, test: (v) => v.length <= maximum, message });
  }

  length(exact: number, message?: string): this {
    return this.withCheck({ name: 'length', code: 'invalid_length', key: 'invalid_length.array', params: { exact }, test: (v) => v.length === exact, message });
  }

  nonempty(message?: string): this {
    return this.min(1, message);
  }

  /** No two items equal (deepEqual), or no two equal keys when `key` is given. */
  unique(key?: (item: T) => unknown, message?: string): this {
    const params: Record<string, unknown> = {};
    return this.withCheck({
      name: 'unique',
      code: 'duplicate_items',
      key: 'duplicate_items',
      params,
      test: (v) => {
        const duplicate = findDuplicate(v, key);
        if (duplicate === undefined) return true;
        params.index = duplicate[0];
        params.first = duplicate[1];
        return false;
      },
      message,
    });
  }
}

export const array = <T>(element: Schema<T>): ArraySchema<T> => new ArraySchema(element);
