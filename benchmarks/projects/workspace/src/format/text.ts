import { visibleLength } from './color.js';
import { getFormatOptions } from './options.js';

export type Align = 'left' | 'right';

export function pad(text: string, width: number, align: Align = 'left'): string {
  const missing = width - visibleLength(text);
  if (missing <= 0) return text;
  const fill = ' '.repeat(missing);
  return align === 'left' ? text + fill : fill + text;
}

/** Greedy word wrap; words longer than the width are cut. */
export function wrap(text: string, width: number = getFormatOptions().width): string[] {
  if (width < 1) throw new RangeError(`width must be at least 1, got ${width}`);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      let rest = word;
      while (rest.length > width) {
        if (line !== '') {
          lines.push(line);
          line = '';
        }
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
      if (line === '') line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

export function indent(text: string, by = 2): string {
  const prefix = ' '.repeat(by);
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
