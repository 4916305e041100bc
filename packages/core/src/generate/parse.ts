import { parse, type ParserPlugin, type ParserOptions } from '@babel/parser';
import type * as t from '@babel/types';
import { SourceSyntaxError } from '../errors.js';
import type { SourceFile } from '../types.js';

export { SOURCE_EXTENSIONS } from './source-extensions.js';

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? '' : path.slice(dot).toLowerCase();
}

/** The grammar follows the extension, as TypeScript and bundlers do: `.ts` never holds JSX, `.tsx` always may. */
function grammarFor(path: string): { plugins: ParserPlugin[]; sourceType: ParserOptions['sourceType'] } {
  switch (extensionOf(path)) {
    case '.ts':
    case '.mts':
    case '.cts':
      return { plugins: ['typescript'], sourceType: 'module' };
    case '.tsx':
      return { plugins: ['typescript', 'jsx'], sourceType: 'module' };
    case '.mjs':
      return { plugins: ['jsx'], sourceType: 'module' };
    default:
      // .js, .jsx, .cjs: React code often keeps JSX in .js files; CommonJS has no import/export.
      return { plugins: ['jsx'], sourceType: 'unambiguous' };
  }
}

// TypeScript code uses either standard decorators or `experimentalDecorators` (parameter decorators and
// decorators after `export`); the two Babel grammars disagree on a few positions, so try one then the other.
const DECORATOR_GRAMMARS: ParserPlugin[] = ['decorators', 'decorators-legacy'];

/** Parses a source file with the grammar its extension implies; a syntax error names file, line and column. */
export function parseSource(file: SourceFile): t.File {
  const { plugins, sourceType } = grammarFor(file.path);
  let firstError: unknown;
  for (const decorators of DECORATOR_GRAMMARS) {
    try {
      return parse(file.text, {
        sourceType,
        plugins: [...plugins, decorators, 'decoratorAutoAccessors'],
        allowReturnOutsideFunction: sourceType !== 'module',
        allowAwaitOutsideFunction: sourceType === 'module',
        errorRecovery: false,
        sourceFilename: file.path,
      });
    } catch (error) {
      firstError ??= error;
    }
  }
  throw toSyntaxError(file.path, firstError);
}

function toSyntaxError(path: string, error: unknown): Error {
  const loc = (error as { loc?: { line: number; column: number } }).loc;
  if (!loc || !(error instanceof Error)) return error as Error;
  const reason = error.message.replace(/\s*\(\d+:\d+\)\s*$/, '');
  return new SourceSyntaxError(path, loc.line, loc.column + 1, reason);
}
