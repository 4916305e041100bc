import { getFormatOptions } from './options.js';

const codes = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof codes;

const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}

/** The width of `text` on screen: ANSI codes take no room. */
export function visibleLength(text: string): number {
  return [...stripAnsi(text)].length;
}

export function paint(text: string, ...styles: Style[]): string {
  if (!getFormatOptions().color || text === '') return text;
  return styles.reduce((result, style) => {
    const [open, close] = codes[style];
    return `\u001b[${open}m${result}\u001b[${close}m`;
  }, text);
}
