/** Where commands print: stdout for results, stderr for warnings and errors. Tests pass their own. */
export interface Output {
  out(text: string): void;
  /** Progress on long work: stderr, rewritten in place on a terminal. */
  progress(text: string): void;
  warn(text: string): void;
  error(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  progress: (text) => process.stderr.write(process.stderr.isTTY ? `\r\x1b[K${text}` : `${text}\n`),
  // On a terminal a progress line may be showing: clear it first.
  warn: (text) => process.stderr.write(`${clearLine()}warning: ${text}\n`),
  error: (text) => process.stderr.write(`${clearLine()}error: ${text}\n`),
};

function clearLine(): string {
  return process.stderr.isTTY ? '\r\x1b[K' : '';
}
