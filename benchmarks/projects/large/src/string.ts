import { isCreditCard, isIsbn13 } from './checksum';
import type { Context } from './context';
import { isEmail, isIPv4, isIsoDate, isIsoDateTime, isUuid } from './formats';
import { describeValue } from './messages';
import { INVALID, Schema, type Invalid } from './schema';

type CaseMode = 'lower' | 'upper' | undefined;

export class StringSchema extends Schema<string> {
  readonly kind = 'string';
  private trimInput = false;
  private caseMode: CaseMode = undefined;

  protected parseType(input: unknown, ctx: Context): string | Invalid {
    if (typeof input !== 'string') {
      ctx.report('invalid_type', 'invalid_type', { expected: 'string', received: describeValue(input) });
      return INVALID;
    }
    let value = this.trimInput ? input.trim() : input;
    if (this.caseMode === 'lower') value = value.toLowerCase();
    else if (this.caseMode === 'upper') value = value.toUpperCase();
    return value;
  }

  min(minimum: number, message?: string): this {
    return this.withCheck({
      name: 'min',
      code: 'too_small',
      key: 'too_small.string',
      params: { minimum },
      test: (v) => v.length >= minimum,
      message,
    });
  }

  max(maximum: number, message?: string): this {
    return this.withCheck({
      name: 'max',
      code: 'too_big',
      key: 'too_big.string',
      params: { maximum },
      test: (v) => v.length <= maximum,
      message,
    });
  }

  length(exact: number, message?: string): this {
    return this.withCheck({
      name: 'length',
      code: 'invalid_length',
      key: 'invalid_length.string',
      params: { exact },
      test: (v) => v.length === exact,
      message,
    });
  }

  nonempty(message?: string): this {
    return this.min(1, message ?? 'Must not be empty');
  }

  private format(validation: string, test: (value: string) => boolean, message?: string): this {
    return this.withCheck({ name: validation, code: 'invalid_string', key: 'invalid_string', params: { validation }, test, message });
  }

  email(message?: string): this {
    return this.format('email', isEmail, message);
  }

  uuid(version?: number, message?: string): this {
    return this.format('uuid', (v) => isUuid(v, version), message);
  }

  ipv4(message?: string): this {
    return this.format('IPv4 address', isIPv4, message);
  }

  date(message?: string): this {
    return this.format('date', isIsoDate, message);
  }

  datetime(message?: string): this {
    return this.format('datetime', isIsoDateTime, message);
  }

  creditCard(message?: string): this {
    return this.format('credit card number', isCreditCard, message);
  }

  isbn(message?: string): this {
    return this.format('ISBN', isIsbn13, message);
  }

  regex(pattern: RegExp, name = 'format', message?: string): this {
    return this.format(
      name,
      (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      },
      message,
    );
  }

  startsWith(prefix: string, message?: string): this {
    return this.withCheck({
      name: 'startsWith',
      code: 'invalid_string',
      key: 'invalid_string.starts_with',
      params: { validation: 'startsWith', prefix },
      test: (v) => v.startsWith(prefix),
      message,
    });
  }

  endsWith(suffix: string, message?: string): this {
    return this.withCheck({
      name: 'endsWith',
      code: 'invalid_string',
      key: 'invalid_string.ends_with',
      params: { validation: 'endsWith', suffix },
      test: (v) => v.endsWith(suffix),
      message,
    });
  }

  includes(substring: string, message?: string): this {
    return this.withCheck({
      name: 'includes',
      code: 'invalid_string',
      key: 'invalid_string.includes',
      params: { validation: 'includes', substring },
      test: (v) => v.includes(substring),
      message,
    });
  }

  trim(): this {
    const next = this.copy();
    next.trimInput = true;
    return next;
  }

  toLowerCase(): this {
    const next = this.copy();
    next.caseMode = 'lower';
    return next;
  }

  toUpperCase(): this {
    const next = this.copy();
    next.caseMode = 'upper';
    return next;
  }

}

export const string = (): StringSchema => new StringSchema();
