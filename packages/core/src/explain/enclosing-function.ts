import * as t from '@babel/types';
import { parseSource } from '../generate/parse.js';
import type { SourceFile } from '../types.js';

/** A named function's range in its file. */
interface NamedFunction {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The innermost named function around each offset of a file: what a test must call to reach a
 * mutant there. Arrow functions and function expressions take the name of the variable, property
 * or method they are assigned to.
 */
export function enclosingFunctions(file: SourceFile): (offset: number) => string | undefined {
  const functions: NamedFunction[] = [];
  const add = (name: string | undefined, node: t.Node) => {
    if (name && node.start != null && node.end != null) functions.push({ name, start: node.start, end: node.end });
  };
  let ast: t.File;
  try {
    ast = parseSource(file);
  } catch {
    return () => undefined;
  }
  t.traverseFast(ast, (node) => {
    if (t.isFunctionDeclaration(node)) add(node.id?.name, node);
    else if ((t.isClassMethod(node) || t.isObjectMethod(node) || t.isClassPrivateMethod(node)) && t.isIdentifier(node.key)) add(node.key.name, node);
    else if (t.isVariableDeclarator(node) && t.isIdentifier(node.id) && (t.isArrowFunctionExpression(node.init) || t.isFunctionExpression(node.init))) add(node.id.name, node.init);
    else if ((t.isObjectProperty(node) || t.isClassProperty(node)) && t.isIdentifier(node.key) && (t.isArrowFunctionExpression(node.value) || t.isFunctionExpression(node.value))) add(node.key.name, node.value);
  });
  return (offset) => {
    let innermost: NamedFunction | undefined;
    for (const fn of functions) {
      if (fn.start <= offset && offset < fn.end && (!innermost || fn.end - fn.start < innermost.end - innermost.start)) innermost = fn;
    }
    return innermost?.name;
  };
}
