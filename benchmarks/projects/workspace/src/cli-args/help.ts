import {
  formatIssues,
  getFormatOptions,
  indent,
  paint,
  renderDefinitions,
  wrap,
} from '../format/index.js';
import type { ParseResult } from './parse.js';
import { toKebab, type CommandSpec, type OptionSpec } from './spec.js';

/** `-o, --out <dir>`, `    --verbose`, `    --tags <value...>`, `--[no-]color`. */
export function flagLabel(key: string, option: OptionSpec): string {
  const kebab = toKebab(key);
  const short = option.short === undefined ? '    ' : `-${option.short}, `;
  if (option.type === 'boolean') {
    return option.default === true ? `${short}--[no-]${kebab}` : `${short}--${kebab}`;
  }
  const name = option.valueName ?? (option.type === 'number' ? 'n' : 'value');
  return `${short}--${kebab} <${name}${option.type === 'list' ? '...' : ''}>`;
}

export function describeOption(option: OptionSpec): string {
  const parts: string[] = [];
  if (option.description) parts.push(option.description);
  if (option.choices) parts.push(`(${option.choices.join(' | ')})`);
  if (option.required) parts.push('[required]');
  else if (option.default !== undefined && option.default !== false) {
    parts.push(`[default: ${JSON.stringify(option.default)}]`);
  }
  return parts.join(' ');
}

export function usageLine(spec: CommandSpec): string {
  const parts = [spec.name];
  if (Object.keys(spec.options).length > 0) parts.push('[options]');
  for (const positional of spec.positionals ?? []) {
    const name = positional.variadic ? `${positional.name}...` : positional.name;
    parts.push(positional.required ? `<${name}>` : `[${name}]`);
  }
  return `Usage: ${parts.join(' ')}`;
}

export function renderHelp(spec: CommandSpec): string {
  const width = getFormatOptions().width;
  const sections: string[] = [usageLine(spec)];
  if (spec.description) sections.push(wrap(spec.description, width).join('\n'));

  const entries = Object.entries(spec.options).map(([key, option]): [string, string] => [flagLabel(key, option), describeOption(option)]);
  if (entries.length > 0) {
    const lines = renderDefinitions(entries);
    sections.push(`${paint('Options:', 'bold')}\n${indent(lines.join('\n'))}`);
  }
  return sections.join('\n\n');
}

/** The message a CLI prints for a failed parse: the problems, then a pointer to `--help`. */
export function renderErrors(result: ParseResult, spec: CommandSpec): string {
  if (result.issues.length === 0) return '';
  return `${formatIssues(result.issues, { title: spec.name })}\n\n${usageLine(spec)}\nRun "${spec.name} --help" for the options.`;
}
