import { CATEGORIES, findProduct, isKnownCategory } from '../src/catalog';

describe('the catalog', () => {
  it('lists books, games and wine', () => {
    expect(CATEGORIES).toEqual(['books', 'games', 'wine']);
  });

  it('knows its categories', () => {
    expect(isKnownCategory('games')).toBe(true);
    expect(isKnownCategory('garden')).toBe(false);
  });

  it('finds a product by its sku', () => {
    expect(findProduct('W-007')?.priceCents).toBe(1850);
    expect(findProduct('X-000')).toBeUndefined();
  });
});
