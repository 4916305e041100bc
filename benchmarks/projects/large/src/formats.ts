import { parseIsoDate, parseIsoDateTime } from './calendar';

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isAlpha = (c: string): boolean => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  if (parts.length !== 4) return false;
  return parts.every((part) => {
    if (part.length === 0 || part.length > 3) return false;
    if (![...part].every(isDigit)) return false;
    if (part.length > 1 && part[0] === '0') return false;
    return Number(part) <= 255;
  });
}

export function isHostname(text: string, requireTld = false): boolean {
  if (text.length === 0 || text.length > 253) return false;
  const labels = text.split('.');
  if (requireTld && labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63) return false;
    if (label.startsWith('-') || label.endsWith('-')) return false;
    for (const c of label) {
      if (!isAlpha(c) && !isDigit(c) && c !== '-') return false;
    }
  }
  if (requireTld) {
    const tld = labels[labels.length - 1]!;
    if (tld.length < 2 || ![...tld].every(isAlpha)) return false;
  }
  return true;
}

export function isEmail(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const local = text.slice(0, at);
  if (local.length > 64) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  for (const c of local) {
    if (!isAlpha(c) && !isDigit(c) && c !== '.' && !LOCAL_SPECIALS.includes(c)) return false;
  }
  return isHostname(text.slice(at + 1), true);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An RFC 9562 UUID of version 1 to 8 (or the given version), or the nil UUID when no version is asked for. */
export function isUuid(text: string, version?: number): boolean {
  if (!UUID.test(text)) return false;
  if (/^[0-]+$/.test(text)) return version === undefined;
  const v = Number.parseInt(text[14]!, 16);
  if (version !== undefined ? v !== version : v < 1 || v > 8) return false;
  return '89ab'.includes(text[19]!.toLowerCase());
}

export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

export function isIsoDateTime(text: string): boolean {
  return parseIsoDateTime(text) !== undefined;
}
