import { describe, expect, it } from 'vitest';
import { array } from '../src/array';
import { number } from '../src/number';
import { object } from '../src/object';
import { lazy } from '../src/primitives';
import type { Schema } from '../src/schema';
import { string } from '../src/string';

interface Category {
  name: string;
  children: Category[];
}

const category: Schema<Category> = lazy(() => object({ name: string().min(1), children: array(category) }));

describe('lazy', () => {
  it('validates recursive structures', () => {
    const tree = { name: 'root', children: [{ name: 'a', children: [] }, { name: 'b', children: [{ name: 'c', children: [] }] }] };
    expect(category.parse(tree)).toEqual(tree);
  });

  it('reports issues deep in the structure with their path', () => {
    const result = category.safeParse({ name: 'root', children: [{ name: 'a', children: [{ name: '', children: [] }] }] });
    expect(result).toMatchObject({ ok: false, issues: [{ path: ['children', 0, 'children', 0, 'name'], code: 'too_small' }] });
  });

  it('builds its schema once', () => {
    let builds = 0;
    const schema = lazy(() => {
      builds++;
      return number();
    });
    expect(builds).toBe(0);
    schema.parse(1);
    schema.parse(2);
    expect(builds).toBe(1);
  });

  it('forwards acceptsUndefined and typeName', () => {
    expect(lazy(() => string().optional()).acceptsUndefined()).toBe(true);
    expect(lazy(() => string()).acceptsUndefined()).toBe(false);
    expect(lazy(() => number().nullable()).typeName()).toBe('number | null');
  });
});
