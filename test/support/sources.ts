/** Source files shared by end-to-end tests: small, but with mutants of several kinds. */
export const PRICE_SOURCE = `export function price(base: number, age: number, member: boolean): number {
  let total = base;
  if (age < 12) total = total / 2;
  if (age >= 65) total = total * 0.7;
  if (member && total > 10) total -= 5;
  return Math.max(total, 0);
}
`;

/**
 * A boundary no test checks (`age >= 18` → `age > 18` survives when the tests try 30 and 12) and a
 * loop whose `i++` → `i--` never ends: the verdicts every runner must agree on.
 */
export const CLASSIFY_SOURCE = `export function classify(age) {
  if (age >= 18) return 'adult';
  return 'minor';
}

export function stars(count) {
  let line = '';
  for (let i = 0; i < count; i++) line += '*';
  return line;
}
`;

/** `CLASSIFY_SOURCE` as CommonJS (`require`). */
export const CLASSIFY_SOURCE_CJS = `${CLASSIFY_SOURCE.replaceAll('export function', 'function')}module.exports = { classify, stars };
`;
