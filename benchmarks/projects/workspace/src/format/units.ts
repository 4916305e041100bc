const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

export interface BytesOptions {
  binary?: boolean;
}

export function formatBytes(bytes: number, options: BytesOptions = {}): string {
  if (!(bytes >= 0)) throw new RangeError(`Not a byte count: ${bytes}`);
  const base = options.binary ? 1024 : 1000;
  const units = options.binary ? BINARY_UNITS : DECIMAL_UNITS;
  let value = bytes;
  let unit = 0;
  while (value >= base && unit < units.length - 1) {
    value /= base;
    unit += 1;
  }
  return `${trimZeros(value.toFixed(unit === 0 ? 0 : 1))} ${units[unit]}`;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
