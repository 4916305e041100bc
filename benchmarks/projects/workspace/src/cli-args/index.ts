export { parseArgs, type ParseResult } from './parse.js';
export { checkSpec, toCamel, toKebab, type CommandSpec, type OptionSpec, type OptionType, type PositionalSpec } from './spec.js';
export { describeOption, flagLabel, renderErrors, renderHelp, usageLine } from './help.js';
export { distance, suggest } from './suggest.js';
export { tokenize, type Token } from './tokenize.js';
