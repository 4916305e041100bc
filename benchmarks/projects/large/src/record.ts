import type { Context } from './context';
import { describeValue } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

export class RecordSchema<K extends string, V> extends Schema<Record<K, V>> {
  readonly kind = 'record';
  readonly keySchema: Schema<K>;
  readonly valueSchema: Schema<V>;

  constructor(keySchema: Schema<K>, valueSchema: Schema<V>) {
    super();
    this.keySchema = keySchema;
    this.valueSchema = valueSchema;
  }

  protected parseType(input: unknown, ctx: Context): Record<K, V> | Invalid {
    if (input === null || typeof input !== 'object' || Array.isArray(input) || input instanceof Map) {
      ctx.report('invalid_type', 'invalid_type', { expected: 'object', received: describeValue(input) });
      return INVALID;
    }
    const output = {} as Record<K, V>;
    let valid = true;
    for (const [rawKey, rawValue] of Object.entries(input)) {
      const child = ctx.child(rawKey);
      const key = this.keySchema.run(rawKey, child);
      const value = this.valueSchema.run(rawValue, child);
      if (key === INVALID || value === INVALID) {
        valid = false;
        if (ctx.aborted) return INVALID;
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(output, key)) {
        child.report('custom', 'custom', { key }, `Key "${rawKey}" collides with another key as "${key}"`);
        valid = false;
        continue;
      }
      output[key] = value;
    }
    return valid ? output : INVALID;
  }

  minKeys(minimum: number, message?: string): this {
    return this.withCheck({
      name: 'minKeys',
      code: 'too_small',
      key: 'too_small.object',
      params: { minimum },
      test: (v) => Object.keys(v).length >= minimum,
      message,
    });
  }

  maxKeys(maximum: number, message?: string): this {
    return this.withCheck({
      name: 'maxKeys',
      code: 'too_big',
      key: 'too_big.object',
      params: { maximum },
      test: (v) => Object.keys(v).length <= maximum,
      message,
    });
  }
}

export function record<K extends string, V>(keySchema: Schema<K>, valueSchema: Schema<V>): RecordSchema<K, V> {
  return new RecordSchema(keySchema, valueSchema);
}
