import type { Context } from './context';
import { describeValue } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

type Items = readonly Schema<unknown>[];
type InferItems<I extends Items> = { -readonly [K in keyof I]: I[K] extends Schema<infer T> ? T : never };

export class TupleSchema<I extends Items, R = never> extends Schema<[...InferItems<I>, ...R[]]> {
  readonly kind = 'tuple';
  readonly items: I;
  readonly restItem: Schema<R> | undefined;

  constructor(items: I, rest?: Schema<R>) {
    super();
    this.items = items;
    this.restItem = rest;
  }

  /** The number of leading items a valid input must have: trailing items accepting undefined may be missing. */
  get requiredCount(): number {
    let count = this.items.length;
    while (count > 0 && this.items[count - 1]!.acceptsUndefined()) count--;
    return count;
  }

  protected parseType(input: unknown, ctx: Context): [...InferItems<I>, ...R[]] | Invalid {
    if (!Array.isArray(input)) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'array', received: describeValue(input) });
      return INVALID;
    }
    const required = this.requiredCount;
    if (input.length < required) {
      ctx.report('too_small', 'too_small.array', { minimum: required });
      return INVALID;
    }
    if (this.restItem === undefined && input.length > this.items.length) {
      ctx.report('too_big', 'too_big.array', { maximum: this.items.length });
      return INVALID;
    }
    const output: unknown[] = [];
    let valid = true;
    const count = Math.max(input.length, this.items.length);
    for (let i = 0; i < count; i++) {
      const schema = i < this.items.length ? this.items[i]! : this.restItem!;
      if (i >= input.length && i >= required) {
        const filled = schema.run(undefined, ctx.child(i));
        if (filled !== undefined && filled !== INVALID) output.push(filled);
        continue;
      }
      const value = schema.run(input[i], ctx.child(i));
      if (value === INVALID) {
        valid = false;
        if (ctx.aborted) return INVALID;
      } else {
        output.push(value);
      }
    }
    return valid ? (output as [...InferItems<I>, ...R[]]) : INVALID;
  }

  rest<U>(schema: Schema<U>): TupleSchema<I, U> {
    return new TupleSchema(this.items, schema);
  }
}

export const tuple = <const I extends Items>(items: I): TupleSchema<I> => new TupleSchema(items);
