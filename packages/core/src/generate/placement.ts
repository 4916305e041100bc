import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';
import type { Placement } from '../types.js';
import { isBindingOrTarget } from './never-mutated.js';
import { printNode, replacementText } from './print.js';

/**
 * Decides where a mutant's run-time switch goes, walking up from the mutated node to the first
 * node that can hold one without changing what the code means when no mutant is active.
 * The placement's `code` replaces the placement's text: the bare replacement where the switch goes on
 * `target` itself (the switch parenthesizes expressions), else the ancestor's original text spliced
 * around the replacement, parenthesized as its place there requires. Returns undefined when no such
 * node exists.
 */
export function placementFor(target: NodePath, replacement: t.Node, source: string): Placement | undefined {
  const blockPlacement = blockPlacementFor(target.node, replacement);
  if (blockPlacement) return blockPlacement;

  let code = printNode(replacement);
  let path: NodePath | null = target;
  while (path) {
    const { node } = path;
    if (t.isExpression(node) && canWrapExpression(path)) {
      return { kind: 'expression', start: node.start!, end: node.end!, code, startsStatement: startsStatementInList(path) };
    }
    if (isStatementPlacement(path)) {
      return { kind: 'statement', start: node.start!, end: node.end!, code };
    }
    const parent: NodePath | null = path.parentPath;
    if (!parent || t.isProgram(parent.node) || (t.isDeclaration(parent.node) && !t.isExpression(parent.node))) return undefined;
    const inPlace = path === target ? replacementText(path, replacement) : code;
    code = source.slice(parent.node.start!, node.start!) + inPlace + source.slice(node.end!, parent.node.end!);
    path = parent;
  }
  return undefined;
}

/**
 * A replaced block keeps its braces and directives (`'use strict'` must stay first); the switch goes
 * inside them and holds the replacement's statements. So does an emptied `case`.
 */
function blockPlacementFor(node: t.Node, replacement: t.Node): Placement | undefined {
  if (t.isBlockStatement(node) && t.isBlockStatement(replacement)) {
    const lastDirective = node.directives.at(-1);
    return { kind: 'block', start: lastDirective ? lastDirective.end! : node.start! + 1, end: node.end! - 1, code: printStatements(replacement.body) };
  }
  if (t.isSwitchCase(node) && t.isSwitchCase(replacement) && node.consequent.length > 0) {
    return { kind: 'block', start: node.consequent[0]!.start!, end: node.consequent.at(-1)!.end!, code: printStatements(replacement.consequent) };
  }
  return undefined;
}

function printStatements(statements: readonly t.Statement[]): string {
  return statements.map((statement) => printNode(statement)).join('\n');
}

function isStatementPlacement(path: NodePath): boolean {
  const { node, parent } = path;
  return (
    t.isStatement(node) &&
    !t.isDeclaration(node) &&
    !t.isBlockStatement(node) &&
    // `continue label` needs the label on the loop itself: keep the label inside the switch.
    !t.isLabeledStatement(parent)
  );
}

function isMemberLike(node: t.Node): boolean {
  return (
    t.isMemberExpression(node) ||
    t.isOptionalMemberExpression(node) ||
    (t.isTSNonNullExpression(node) && isMemberLike(node.expression))
  );
}

function isOptionalChainLink(node: t.Node): boolean {
  return t.isOptionalMemberExpression(node) || t.isOptionalCallExpression(node);
}

/** Can `(switch ? replacement : original)` stand where this expression stands, with the same meaning? */
function canWrapExpression(path: NodePath): boolean {
  const { node, parent, key } = path;
  if (!parent) return false;
  // `obj.method()` would lose `this` if `obj.method` were wrapped.
  if ((t.isCallExpression(parent) || t.isOptionalCallExpression(parent)) && key === 'callee' && isMemberLike(node)) return false;
  // Wrapping a link of `a?.b.c` would end the optional chain early: `(a?.b).c` throws where `a?.b.c` does not.
  if (isOptionalChainLink(node) && (isOptionalChainLink(parent) || t.isTSNonNullExpression(parent))) return false;
  if (t.isTaggedTemplateExpression(parent)) return false;
  if (t.isUnaryExpression(parent, { operator: 'delete' })) return false;
  if (t.isJSXAttribute(parent)) return false;
  // Between tags, the switch's own text would be JSX text: the switch goes around the enclosing element.
  if (t.isJSXElement(parent) || t.isJSXFragment(parent)) return false;
  if (isBindingOrTarget(parent, key)) return false;
  return true;
}

const STATEMENT_LIST_KEYS = new Set(['body', 'consequent']);

/**
 * True when the expression begins a statement that follows another in a list: a switch there starts
 * with `(`, which the line above could otherwise swallow as a call (no semicolon, ASI).
 */
function startsStatementInList(path: NodePath): boolean {
  let current: NodePath = path;
  while (current.parentPath && !t.isExpressionStatement(current.node)) {
    if (current.parentPath.node.start !== path.node.start) return false;
    current = current.parentPath;
  }
  return t.isExpressionStatement(current.node) && typeof current.listKey === 'string' && STATEMENT_LIST_KEYS.has(current.listKey);
}
