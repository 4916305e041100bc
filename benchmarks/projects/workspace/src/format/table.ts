import { visibleLength } from './color.js';
import { getFormatOptions } from './options.js';
import { pad, type Align } from './text.js';

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number;
  align?: Align;
}

export interface TableOptions {
  border?: boolean;
}

/** Lines, then the left, middle and right joints of the top, middle and bottom rules. */
interface Box {
  h: string;
  v: string;
  joints: [top: string, middle: string, bottom: string];
}

const UNICODE: Box = { h: '─', v: '│', joints: ['┌┬┐', '├┼┤', '└┴┘'] };
const ASCII: Box = { h: '-', v: '|', joints: ['+++', '+++', '+++'] };

export function renderTable<Row>(rows: Row[], columns: Column<Row>[], options: TableOptions = {}): string {
  if (columns.length === 0) return '';
  const cells = rows.map((row) =>
    columns.map((column) => {
      const raw = column.value(row);
      return typeof raw === 'number' ? String(raw) : raw;
    }),
  );
  const widths = columns.map((column, index) =>
    Math.max(visibleLength(column.header), ...cells.map((line) => visibleLength(line[index]!))),
  );
  const aligns = columns.map((column) => column.align ?? 'left');
  const line = (values: string[]) => values.map((value, index) => pad(value, widths[index]!, aligns[index]));
  const headers = columns.map((column) => column.header);

  if (!options.border) {
    return [line(headers), ...cells.map(line)].map((values) => values.join('  ').trimEnd()).join('\n');
  }

  const box = getFormatOptions().ascii ? ASCII : UNICODE;
  const [top, middle, bottom] = box.joints.map((joints) => {
    const [left, join, right] = [...joints];
    return left + widths.map((width) => box.h.repeat(width + 2)).join(join) + right;
  });
  const row = (values: string[]) => `${box.v} ${line(values).join(` ${box.v} `)} ${box.v}`;
  return [top, row(headers), middle, ...cells.map(row), bottom].join('\n');
}

/** Two columns, keys padded to the longest: for `--help` option lists and summaries. */
export function renderDefinitions(entries: Array<[term: string, description: string]>): string[] {
  const width = Math.max(0, ...entries.map(([term]) => visibleLength(term)));
  return entries.map(([term, description]) =>
    description === '' ? term : `${pad(term, width)}  ${description}`,
  );
}
