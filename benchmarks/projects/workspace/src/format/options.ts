export interface FormatOptions {
  /** Terminal width used by wrapping and tables. */
  width: number;
  /** Use ANSI colours. */
  color: boolean;
  /** Draw tables and bullets with ASCII only. */
  ascii: boolean;
}

const defaults: FormatOptions = { width: 80, color: false, ascii: false };
let current: FormatOptions = { ...defaults };

export function getFormatOptions(): Readonly<FormatOptions> {
  return current;
}

export function setFormatOptions(patch: Partial<FormatOptions>): FormatOptions {
  if (patch.width !== undefined && (!Number.isInteger(patch.width) || patch.width < 10)) {
    throw new RangeError(`width must be an integer of at least 10, got ${patch.width}`);
  }
  current = { ...current, ...patch };
  return current;
}

export function resetFormatOptions(): void {
  current = { ...defaults };
}
