/** Cents as euros with two decimals: 1850 → "18.50". */
export function euros(cents: number): string {
  return (cents / 100).toFixed(2);
}

/** A receipt line: the label, dots, and the price, `width` characters in all. */
export function receiptLine(label: string, cents: number, width = 24): string {
  const price = euros(cents);
  let line = label;
  for (let i = label.length; i < width - price.length; i++) line += '.';
  return line + price;
}
