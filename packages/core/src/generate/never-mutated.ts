import type { NodePath } from '@babel/traverse';
import * as t from '@babel/types';

/** TypeScript nodes that exist only for the type checker, or that mutate must never touch (enums). */
const TYPE_ONLY_NODE_TYPES = new Set<string>([
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSEnumDeclaration',
  'TSDeclareFunction',
  'TSDeclareMethod',
  'TSImportEqualsDeclaration',
  'TSExternalModuleReference',
  'TSIndexSignature',
  'TSNamespaceExportDeclaration',
]);

/**
 * Subtrees mutate never enters: type-only syntax, `declare`d code, enums, decorators and module
 * import/export clauses. Nothing inside them runs, or mutating it would stop the file from parsing.
 */
export function isNeverMutatedSubtree(path: NodePath): boolean {
  const { node } = path;
  if (TYPE_ONLY_NODE_TYPES.has(node.type) || t.isTSType(node)) return true;
  if ('declare' in node && node.declare === true) return true;
  if ('abstract' in node && node.abstract === true && !t.isClassDeclaration(node) && !t.isClassExpression(node)) return true;
  switch (node.type) {
    case 'Decorator':
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportSpecifier':
    case 'ExportNamespaceSpecifier':
    case 'ExportDefaultSpecifier':
    case 'Directive':
      return true;
    case 'JSXAttribute':
      // A JSX attribute's string value has no room for a switch; `{expression}` values are mutated.
      return !t.isJSXExpressionContainer(node.value);
    case 'IfStatement':
      // vitest's in-source tests (`if (import.meta.vitest) { … }`): tests, not the code under test.
      return isImportMetaVitest(node.test);
    default:
      return false;
  }
}

function isImportMetaVitest(node: t.Node): boolean {
  return (
    (t.isMemberExpression(node) || t.isOptionalMemberExpression(node)) &&
    t.isMetaProperty(node.object) &&
    node.object.meta.name === 'import' &&
    t.isIdentifier(node.property, { name: 'vitest' })
  );
}

/**
 * Positions where the node itself is never mutated, though what is inside it may be:
 * object and class keys, assignment targets and other bindings, module specifiers,
 * tagged-template parts and `delete` operands.
 */
export function isProtectedPosition(path: NodePath): boolean {
  const { node, parent, key } = path;
  if (!parent) return false;
  if (isNonComputedKey(parent, key)) return true;
  if (isBindingOrTarget(parent, key)) return true;
  if (isModuleSpecifier(node, parent)) return true;
  if (t.isTaggedTemplateExpression(parent)) return true;
  if (t.isUnaryExpression(parent, { operator: 'delete' })) return true;
  if (t.isMetaProperty(node) || t.isSuper(node) || t.isImport(node)) return true;
  return false;
}

function isNonComputedKey(parent: t.Node, key: string | number | null): boolean {
  return (
    key === 'key' &&
    (t.isObjectProperty(parent) ||
      t.isObjectMethod(parent) ||
      t.isClassProperty(parent) ||
      t.isClassAccessorProperty(parent) ||
      t.isClassMethod(parent) ||
      t.isClassPrivateProperty(parent) ||
      t.isClassPrivateMethod(parent)) &&
    !('computed' in parent && parent.computed)
  );
}

export function isBindingOrTarget(parent: t.Node, key: string | number | null): boolean {
  switch (parent.type) {
    case 'AssignmentExpression':
    case 'AssignmentPattern':
    case 'ForInStatement':
    case 'ForOfStatement':
      return key === 'left';
    case 'UpdateExpression':
    case 'RestElement':
      return key === 'argument';
    case 'VariableDeclarator':
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ClassDeclaration':
    case 'ClassExpression':
    case 'CatchClause':
      return key === 'id' || key === 'param';
    default:
      return false;
  }
}

/** `import('x')`, `require('x')`, `export ... from 'x'`: the module name is not code to mutate. */
function isModuleSpecifier(node: t.Node, parent: t.Node): boolean {
  if (t.isExportNamedDeclaration(parent) && parent.source === node) return true;
  if (t.isImportExpression(parent) && parent.source === node) return true;
  if (t.isCallExpression(parent) && parent.arguments[0] === node) {
    return t.isImport(parent.callee) || t.isIdentifier(parent.callee, { name: 'require' });
  }
  return false;
}
