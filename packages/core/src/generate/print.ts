import generatorModule from '@babel/generator';
import * as t from '@babel/types';

// @babel/generator is CommonJS: its default export arrives wrapped when imported from ESM.
const generate: typeof generatorModule.default = (generatorModule as unknown as { default?: unknown }).default as never ?? generatorModule;

/** Prints a replacement node as source text (TypeScript and JSX included), without comments. */
export function printNode(node: t.Node): string {
  return generate(node, { comments: false, jsescOption: { minimal: true } }).code;
}

const BINARY_PRECEDENCE: Record<string, number> = {
  '??': 4, '||': 4, '&&': 5, '|': 6, '^': 7, '&': 8,
  '==': 9, '!=': 9, '===': 9, '!==': 9,
  '<': 10, '>': 10, '<=': 10, '>=': 10, instanceof: 10, in: 10,
  '<<': 11, '>>': 11, '>>>': 11, '+': 12, '-': 12, '*': 13, '/': 13, '%': 13, '**': 14,
};

/** How tightly an expression binds; higher binds tighter. Atoms (literals, calls, members) are 20. */
export function precedenceOf(node: t.Node): number {
  switch (node.type) {
    case 'SequenceExpression':
      return 0;
    case 'AssignmentExpression':
    case 'ArrowFunctionExpression':
    case 'YieldExpression':
      return 2;
    case 'ConditionalExpression':
      return 3;
    case 'LogicalExpression':
    case 'BinaryExpression':
      return BINARY_PRECEDENCE[node.operator] ?? 10;
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
      return 10;
    case 'UnaryExpression':
    case 'AwaitExpression':
    case 'TSTypeAssertion':
      return 15;
    case 'UpdateExpression':
      return 16;
    default:
      return 20;
  }
}

/** Is the expression at `key` of `parent` an operand, where a looser-binding expression needs parentheses? */
function isOperandPosition(parent: t.Node | null, key: string | number | null): boolean {
  switch (parent?.type) {
    case 'BinaryExpression':
    case 'LogicalExpression':
    case 'UnaryExpression':
    case 'AwaitExpression':
    case 'TSNonNullExpression':
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSTypeAssertion':
      return true;
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key === 'object';
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression':
      return key === 'callee';
    case 'ConditionalExpression':
      return key === 'test';
    default:
      return false;
  }
}

/**
 * The replacement's text as it must be written in the original's place: parenthesized when it binds
 * more loosely than its place requires (`!(a || b) && c` without its `!` is `(a || b) && c`), or where
 * the grammar wants parentheses whatever the precedence (`a ?? b ?? c` with `a && b` for `a ?? b` is
 * `(a && b) ?? c`).
 */
export function replacementText(
  original: { node: t.Node; parent: t.Node | null; key: string | number | null },
  replacement: t.Node,
): string {
  const code = printNode(replacement);
  return needsParentheses(original, replacement) ? `(${code})` : code;
}

function needsParentheses(
  original: { node: t.Node; parent: t.Node | null; key: string | number | null },
  replacement: t.Node,
): boolean {
  if (!t.isExpression(replacement)) return false;
  // Parentheses around the original lie outside its range: they stay, and hold the replacement too.
  if ((original.node.extra as { parenthesized?: boolean } | undefined)?.parenthesized) return false;
  const { parent, key } = original;
  if (precedenceOf(replacement) < precedenceOf(original.node) && isOperandPosition(parent, key)) return true;
  // A comma expression would split an argument, an element or a declaration in two.
  if (t.isSequenceExpression(replacement) && !t.isSequenceExpression(original.node)) return true;
  return isForbiddenOperand(replacement, parent, key);
}

/** Operands the grammar rejects unparenthesized, whatever the precedence. */
function isForbiddenOperand(replacement: t.Expression, parent: t.Node | null, key: string | number | null): boolean {
  // `??` never mixes with `&&` or `||` unparenthesized, on either side.
  if (t.isLogicalExpression(parent) && t.isLogicalExpression(replacement)) return (parent.operator === '??') !== (replacement.operator === '??');
  // `-a ** b` is a syntax error: the base of `**` cannot be a unary expression.
  if (t.isBinaryExpression(parent, { operator: '**' }) && key === 'left') {
    return t.isUnaryExpression(replacement) || t.isAwaitExpression(replacement) || t.isTSTypeAssertion(replacement);
  }
  // `1.toString()` reads `1.` as the number: the dot would not reach the member.
  if ((t.isMemberExpression(parent) || t.isOptionalMemberExpression(parent)) && key === 'object') return t.isNumericLiteral(replacement);
  return false;
}
