import type { Context } from './context';
import { deepEqual, isPlainObject } from './equal';
import type { PathSegment } from './issues';
import { formatPath } from './path';
import { INVALID, Schema, type Invalid } from './schema';

export type MergeResult = { ok: true; value: unknown } | { ok: false; path: PathSegment[] };

/** Combines two parsed values: plain objects key by key, anything else only if equal. */
export function mergeValues(a: unknown, b: unknown): MergeResult {
  if (deepEqual(a, b)) return { ok: true, value: a };
  if (isPlainObject(a) && isPlainObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const key of Object.keys(b)) {
      if (!Object.prototype.hasOwnProperty.call(a, key)) {
        out[key] = b[key];
        continue;
      }
      const merged = mergeValues(a[key], b[key]);
      if (!merged.ok) return { ok: false, path: [key, ...merged.path] };
      out[key] = merged.value;
    }
    return { ok: true, value: out };
  }
  return { ok: false, path: [] };
}

export class IntersectionSchema<A, B> extends Schema<A & B> {
  readonly kind = 'intersection';
  readonly left: Schema<A>;
  readonly right: Schema<B>;

  constructor(left: Schema<A>, right: Schema<B>) {
    super();
    this.left = left;
    this.right = right;
  }

  protected parseType(input: unknown, ctx: Context): (A & B) | Invalid {
    const a = this.left.run(input, ctx);
    if (a === INVALID && ctx.aborted) return INVALID;
    const b = this.right.run(input, ctx);
    if (a === INVALID || b === INVALID) return INVALID;
    const merged = mergeValues(a, b);
    if (!merged.ok) {
      ctx.report('invalid_intersection', 'invalid_intersection', { at: formatPath(merged.path) });
      return INVALID;
    }
    return merged.value as A & B;
  }

  override typeName(): string {
    return `${this.left.typeName()} & ${this.right.typeName()}`;
  }
}

export const intersection = <A, B>(left: Schema<A>, right: Schema<B>): IntersectionSchema<A, B> => new IntersectionSchema(left, right);
