/** Whether a string of digits passes the Luhn (mod 10) check. */
export function luhn(digits: string): boolean {
  if (digits.length < 2 || !/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function stripSeparators(text: string): string {
  return text.replace(/[\s-]/g, '');
}

export function isCreditCard(text: string): boolean {
  const digits = stripSeparators(text);
  if (digits.length < 12 || digits.length > 19) return false;
  return luhn(digits);
}

export function isIsbn13(text: string): boolean {
  const digits = stripSeparators(text);
  if (!/^\d{13}$/.test(digits)) return false;
  if (!digits.startsWith('978') && !digits.startsWith('979')) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  }
  const check = (10 - (sum % 10)) % 10;
  return check === Number(digits[12]);
}

