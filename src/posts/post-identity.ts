import { createHash } from 'node:crypto';
import type { ParsedPost } from '../parsing/parsed-article';

/**
 * One row per (platform, externalId); for a post with no id, per (platform, handle, normalised
 * text), so the same plain-text tweet quoted by two articles is still one post.
 */
export function postIdentityKey(post: ParsedPost): string {
  if (post.externalId) return `${post.platform}:${post.externalId}`;
  const text = post.text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/https?:\/\/\S+|pic\.twitter\.com\/\S+/g, '')
    .replace(/\W+/g, ' ')
    .trim();
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 32);
  const who = (post.handle ?? post.authorName ?? '').toLowerCase();
  return `${post.platform}:${post.kind}:${who}:${digest}`;
}
