import type { Context } from './context';
import { describeValue } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

function decimals(n: number): number {
  const text = String(n);
  const exponent = text.indexOf('e-');
  if (exponent !== -1) {
    const mantissa = text.slice(0, exponent);
    const dot = mantissa.indexOf('.');
    return Number(text.slice(exponent + 2)) + (dot === -1 ? 0 : mantissa.length - dot - 1);
  }
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** `value` is a whole multiple of `step`, exactly for decimal fractions (0.3 is a multiple of 0.1). */
export function isMultipleOf(value: number, step: number): boolean {
  if (step === 0 || !Number.isFinite(value) || !Number.isFinite(step)) return false;
  const scale = 10 ** Math.max(decimals(value), decimals(step));
  return Math.round(value * scale) % Math.round(step * scale) === 0;
}

export class NumberSchema extends Schema<number> {
  readonly kind = 'number';
  private allowInfinity = false;

  protected parseType(input: unknown, ctx: Context): number | Invalid {
    if (typeof input !== 'number' || Number.isNaN(input)) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'number', received: describeValue(input) });
      return INVALID;
    }
    if (!this.allowInfinity && !Number.isFinite(input)) {
      ctx.report('not_finite', 'not_finite', { received: describeValue(input) });
      return INVALID;
    }
    return input;
  }

  gte(minimum: number, message?: string): this {
    return this.withCheck({
      name: 'min',
      code: 'too_small',
      key: 'too_small.number',
      params: { minimum, inclusive: true },
      test: (v) => v >= minimum,
      message,
    });
  }

  gt(minimum: number, message?: string): this {
    return this.withCheck({
      name: 'min',
      code: 'too_small',
      key: 'too_small.number.exclusive',
      params: { minimum, inclusive: false },
      test: (v) => v > minimum,
      message,
    });
  }

  lte(maximum: number, message?: string): this {
    return this.withCheck({
      name: 'max',
      code: 'too_big',
      key: 'too_big.number',
      params: { maximum, inclusive: true },
      test: (v) => v <= maximum,
      message,
    });
  }

  lt(maximum: number, message?: string): this {
    return this.withCheck({
      name: 'max',
      code: 'too_big',
      key: 'too_big.number.exclusive',
      params: { maximum, inclusive: false },
      test: (v) => v < maximum,
      message,
    });
  }

  min(minimum: number, message?: string): this {
    return this.gte(minimum, message);
  }

  max(maximum: number, message?: string): this {
    return this.lte(maximum, message);
  }

  between(minimum: number, maximum: number, message?: string): this {
    if (minimum > maximum) throw new RangeError(`between(${minimum}, ${maximum}): minimum above maximum`);
    return this.gte(minimum, message).lte(maximum, message);
  }

  positive(message?: string): this {
    return this.gt(0, message);
  }

  nonnegative(message?: string): this {
    return this.gte(0, message);
  }

  negative(message?: string): this {
    return this.lt(0, message);
  }

  nonpositive(message?: string): this {
    return this.lte(0, message);
  }

  int(message?: string): this {
    return this.withCheck({ name: 'int', code: 'not_integer', key: 'not_integer', params: {}, test: Number.isInteger, message });
  }

  safe(message?: string): this {
    return this.int(message).gte(Number.MIN_SAFE_INTEGER, message).lte(Number.MAX_SAFE_INTEGER, message);
  }

  multipleOf(step: number, message?: string): this {
    return this.withCheck({
      name: 'multipleOf',
      code: 'not_multiple_of',
      key: 'not_multiple_of',
      params: { multipleOf: step },
      test: (v) => isMultipleOf(v, step),
      message,
    });
  }

  /** Accepts Infinity and -Infinity (NaN stays invalid). */
  allowInfinite(): this {
    const next = this.copy();
    next.allowInfinity = true;
    return next;
  }

}

export const number = (): NumberSchema => new NumberSchema();
