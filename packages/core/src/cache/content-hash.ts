import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A short content hash, for cache keys. */
export function contentHash(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 32);
}

/** The content hash of a file; 'missing' for one that is not there (its appearing changes it). */
export function fileHash(path: string): string {
  try {
    return contentHash(readFileSync(path));
  } catch {
    return 'missing';
  }
}
