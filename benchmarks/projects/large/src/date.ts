import type { Context } from './context';
import { describeValue } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

export class DateSchema extends Schema<Date> {
  readonly kind = 'date';

  protected parseType(input: unknown, ctx: Context): Date | Invalid {
    if (!(input instanceof Date)) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'date', received: describeValue(input) });
      return INVALID;
    }
    if (Number.isNaN(input.getTime())) {
      ctx.report('invalid_date', 'invalid_date');
      return INVALID;
    }
    return input;
  }

  min(minimum: Date, message?: string): this {
    const bound = minimum.getTime();
    return this.withCheck({
      name: 'min',
      code: 'too_small',
      key: 'too_small.date',
      params: { minimum },
      test: (v) => v.getTime() >= bound,
      message,
    });
  }

  max(maximum: Date, message?: string): this {
    const bound = maximum.getTime();
    return this.withCheck({
      name: 'max',
      code: 'too_big',
      key: 'too_big.date',
      params: { maximum },
      test: (v) => v.getTime() <= bound,
      message,
    });
  }

  /** Strictly before `reference` (a schema never reads the clock itself). */
  before(reference: Date, message?: string): this {
    const bound = reference.getTime();
    return this.withCheck({
      name: 'before',
      code: 'too_big',
      key: 'custom',
      params: { maximum: reference },
      test: (v) => v.getTime() < bound,
      message: message ?? `Must be before ${reference.toISOString()}`,
    });
  }

  after(reference: Date, message?: string): this {
    const bound = reference.getTime();
    return this.withCheck({
      name: 'after',
      code: 'too_small',
      key: 'custom',
      params: { minimum: reference },
      test: (v) => v.getTime() > bound,
      message: message ?? `Must be after ${reference.toISOString()}`,
    });
  }

}

export const date = (): DateSchema => new DateSchema();
