import { beforeEach, expect } from 'vitest';
import { resetFormatOptions, stripAnsi } from '../../src/format/index.js';

// Formatting reads global options (width, colour, ASCII): every test starts from the defaults.
beforeEach(() => {
  resetFormatOptions();
});

interface FormatMatchers<R = unknown> {
  /** The string, split on newlines, equals these lines. */
  toHaveLines(lines: string[]): R;
  /** The string without its ANSI codes equals `text`. */
  toHavePlainText(text: string): R;
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends FormatMatchers<T> {}
}

expect.extend({
  toHaveLines(received: unknown, lines: string[]) {
    const actual = typeof received === 'string' ? received.split('\n') : received;
    const pass = this.equals(actual, lines);
    return {
      pass,
      message: () => `expected ${this.utils.printReceived(actual)} ${pass ? 'not ' : ''}to have lines ${this.utils.printExpected(lines)}`,
    };
  },
  toHavePlainText(received: unknown, text: string) {
    const plain = typeof received === 'string' ? stripAnsi(received) : received;
    const pass = plain === text;
    return {
      pass,
      message: () => `expected ${this.utils.printReceived(plain)} ${pass ? 'not ' : ''}to be ${this.utils.printExpected(text)} without colours`,
    };
  },
});
