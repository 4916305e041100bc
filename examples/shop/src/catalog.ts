export interface Product {
  readonly sku: string;
  readonly priceCents: number;
  readonly category: string;
  readonly adultsOnly: boolean;
}

/** The categories the shop sells, in the order the shop's menu shows them. */
export const CATEGORIES = ['books', 'games', 'wine'];

export const PRODUCTS: readonly Product[] = [
  { sku: 'B-001', priceCents: 1299, category: 'books', adultsOnly: false },
  { sku: 'G-042', priceCents: 5999, category: 'games', adultsOnly: true },
  { sku: 'W-007', priceCents: 1850, category: 'wine', adultsOnly: true },
];

export function findProduct(sku: string): Product | undefined {
  return PRODUCTS.find((product) => product.sku === sku);
}

export function isKnownCategory(category: string): boolean {
  return CATEGORIES.includes(category);
}
