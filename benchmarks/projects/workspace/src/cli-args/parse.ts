import { number, type Issue } from '../core/index.js';
import { checkSpec, toCamel, toKebab, type CommandSpec, type OptionSpec } from './spec.js';
import { suggest } from './suggest.js';
import { tokenize, type Token } from './tokenize.js';

export interface ParseResult {
  options: Record<string, unknown>;
  positionals: Record<string, string | string[]>;
  /** Arguments after `--`. */
  rest: string[];
  issues: Issue[];
}

const numeric = number({ coerce: true });

export function parseArgs(argv: readonly string[], spec: CommandSpec): ParseResult {
  const byShort = checkSpec(spec);
  const tokens = tokenize(argv);
  const result: ParseResult = { options: {}, positionals: {}, rest: [], issues: [] };
  const loose: string[] = [];
  const consumed = new Set<number>();
  let afterTerminator = false;
  const issue = (key: string | number, code: Issue['code'], message: string) => {
    result.issues.push({ path: [key], code, message });
  };

  const takeValue = (token: Token, position: number, flag: string, key: string): string | undefined => {
    if ('value' in token && token.value !== undefined) return token.value;
    const next = tokens[position + 1];
    if (next?.kind === 'positional') {
      consumed.add(position + 1);
      return next.value;
    }
    issue(key, 'required', `Option ${flag} needs a value`);
    return undefined;
  };

  const assign = (key: string, option: OptionSpec, raw: string, flag: string) => {
    if (option.choices && !option.choices.includes(raw)) {
      issue(key, 'invalid_value', `${flag}: expected one of ${option.choices.join(', ')}, received "${raw}"`);
      return;
    }
    if (option.type === 'number') {
      const parsed = numeric.parse(raw, [key]);
      if (parsed.ok) result.options[key] = parsed.value;
      else issue(key, 'invalid_type', `${flag}: expected a number, received "${raw}"`);
    } else if (option.type === 'list') {
      const list = (result.options[key] as string[] | undefined) ?? [];
      list.push(...raw.split(',').filter((part) => part !== ''));
      result.options[key] = list;
    } else {
      result.options[key] = raw;
    }
  };

  tokens.forEach((token, position) => {
    if (consumed.has(position)) return;
    if (token.kind === 'terminator') {
      afterTerminator = true;
      return;
    }
    if (token.kind === 'positional') {
      if (afterTerminator) result.rest.push(token.value);
      else loose.push(token.value);
      return;
    }
    const flag = token.kind === 'long' ? `--${token.name}` : `-${token.name}`;
    let key = token.kind === 'long' ? toCamel(token.name) : byShort.get(token.name);
    let negated = false;
    if (token.kind === 'long' && token.name.startsWith('no-') && !Object.hasOwn(spec.options, key!)) {
      const positive = toCamel(token.name.slice(3));
      if (spec.options[positive]?.type === 'boolean') {
        key = positive;
        negated = true;
      }
    }
    const option = key === undefined ? undefined : spec.options[key];
    if (key === undefined || option === undefined) {
      const flags = Object.keys(spec.options).map(toKebab);
      const close = token.kind === 'long' ? suggest(token.name, flags, 1) : [];
      const hint = close.length > 0 ? ` (did you mean --${close[0]}?)` : '';
      issue(key ?? token.name, 'unknown_key', `Unknown option ${flag}${hint}`);
      return;
    }
    if (option.type === 'boolean') {
      if (token.value === undefined) result.options[key] = !negated;
      else issue(key, 'invalid_value', `${flag} takes no value`);
      return;
    }
    const raw = takeValue(token, position, flag, key);
    if (raw !== undefined) assign(key, option, raw, flag);
  });

  for (const [key, option] of Object.entries(spec.options)) {
    if (result.options[key] === undefined && option.default !== undefined) result.options[key] = option.default;
    if (result.options[key] === undefined && option.required) {
      issue(key, 'required', `Missing required option --${toKebab(key)}`);
    }
    if (option.schema && result.options[key] !== undefined) {
      const checked = option.schema.parse(result.options[key], [key]);
      if (checked.ok) result.options[key] = checked.value;
      else result.issues.push(...checked.issues);
    }
  }

  const positionals = spec.positionals ?? [];
  positionals.forEach((positional, index) => {
    if (positional.variadic) {
      const values = loose.slice(index);
      if (values.length === 0 && positional.required) {
        issue(positional.name, 'required', `Missing argument <${positional.name}...>`);
      }
      result.positionals[positional.name] = values;
    } else if (index < loose.length) {
      result.positionals[positional.name] = loose[index]!;
    } else if (positional.required) {
      issue(positional.name, 'required', `Missing argument <${positional.name}>`);
    }
  });
  const last = positionals[positionals.length - 1];
  if (!last?.variadic && loose.length > positionals.length) {
    const extra = loose.slice(positionals.length);
    issue(positionals.length, 'too_big', `Unexpected ${extra.length === 1 ? 'argument' : 'arguments'}: ${extra.join(' ')}`);
  }
  return result;
}
