import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A key reads `ppt_<prefix>_<secret>`: the prefix is stored in clear so a key can be found and
 * shown in listings; only the SHA-256 of the whole key is stored, so a leaked table gives no keys.
 */
const SCHEME = 'ppt';
const KEY_PATTERN = /^ppt_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  /** The secret, shown once. */
  key: string;
  prefix: string;
  hash: string;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function generateApiKey(): NewApiKey {
  const prefix = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
  const key = `${SCHEME}_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

/** The lookup prefix of a well-formed key, or null for anything that cannot be one of ours. */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

/** Compares in constant time, so response timing does not leak how much of a hash matched. */
export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
