export { getFormatOptions, resetFormatOptions, setFormatOptions, type FormatOptions } from './options.js';
export { paint, stripAnsi, visibleLength, type Style } from './color.js';
export { indent, pad, pluralize, wrap, type Align } from './text.js';
export { formatBytes, type BytesOptions } from './units.js';
export { renderDefinitions, renderTable, type Column, type TableOptions } from './table.js';
export { formatIssues, formatPath, sortIssues, type IssueReportOptions } from './issues.js';
