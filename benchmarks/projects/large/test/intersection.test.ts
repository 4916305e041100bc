import { describe, expect, it } from 'vitest';
import { intersection } from '../src/intersection';
import { number } from '../src/number';
import { object } from '../src/object';
import { string } from '../src/string';

describe('intersection', () => {
  it('merges two object results', () => {
    const schema = intersection(object({ a: string() }), object({ b: number() }));
    expect(schema.parse({ a: 'x', b: 1 })).toEqual({ a: 'x', b: 1 });
  });

  it('collects the issues of both sides', () => {
    const result = intersection(object({ a: string() }), object({ b: number() })).safeParse({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toEqual([['a'], ['b']]);
  });

  it('reports results that cannot be merged', () => {
    const schema = intersection(
      number().transform((n) => n + 1),
      number(),
    );
    expect(schema.safeParse(1)).toMatchObject({ ok: false, issues: [{ code: 'invalid_intersection', message: 'Intersection results could not be merged' }] });
  });
});
