import { createHash } from 'node:crypto';

/** sha256 hex of a string (UTF-8). */
export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}
