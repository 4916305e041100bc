/** Source files shared by end-to-end tests: small, but with mutants of several kinds. */
export const PRICE_SOURCE = `export function price(base: number, age: number, member: boolean): number {
  let total = base;
  if (age < 12) total = total / 2;
  if (age >= 65) total = total * 0.7;
  if (member && total > 10) total -= 5;
  return Math.max(total, 0);
}
`;
