// An article's embedded posts written in one statement whatever their count, once the caller holds
// their locks (postLockKeys): an upsert that also reads back their stored claims (the caller deletes
// the claims that change and inserts the fresh ones with the article's own, see writeArticleRows).
// Row by row it took six round trips a post, most of an article's write time (npm run bench).
import type { EntityManager } from 'typeorm';
import type { ClaimRecord } from '../claims/claim.entity';
import { transactionQuery } from '../database/prepared-query';
import { claimFromColumns, type ClaimColumns } from '../claims/claim-columns';
import { claimView } from '../claims/claim-view';
import type { ParsedPost } from '../parsing/parsed-article';
import { postIdentityKey } from '../posts/post-identity';
import type { ExtractionResult } from '../pipeline/extract-article';
import { claimRow } from './article-writes';

export interface WrittenPosts {
  /** The stored post id at each index of the article's posts array. */
  embeds: string[];
  /** Claims to insert for the posts whose claims follow this extraction. */
  claimRows: Partial<ClaimRecord>[];
  /** Posts whose claims changed: their stored claims go (see writeArticleRows). */
  changedPostIds: string[];
  /**
   * Those of them stored before this ingest: other stories embedding them must be weighed again. A
   * post this transaction created is embedded by no other article yet (another writer of its
   * identity waits for this transaction), so its stories need no look-up.
   */
  changedOlderPostIds: string[];
}

/** A post as stored after the upsert, with the claims it had. */
interface StoredPost {
  id: string;
  text: string;
  identity_key: string;
  /** Created by this upsert, not stored before. */
  inserted: boolean;
  claims: ClaimColumns[];
}

/** Same figures, in the same order, with the same fields as a fresh extraction would store. */
function sameClaims(stored: ClaimRecord[], fresh: Partial<ClaimRecord>[]): boolean {
  if (stored.length !== fresh.length) return false;
  const byPosition = [...stored].sort((a, b) => a.position - b.position);
  return byPosition.every(
    (c, i) => JSON.stringify(claimView(c)) === JSON.stringify(claimView(fresh[i] as ClaimRecord)),
  );
}

function postRecord(identityKey: string, post: ParsedPost) {
  return {
    identity_key: identityKey,
    kind: post.kind,
    platform: post.platform,
    external_id: post.externalId,
    url: post.url,
    author_name: post.authorName,
    handle: post.handle,
    posted_at: post.postedAt,
    posted_at_precision: post.postedAtPrecision,
    text: post.text,
    links: post.links,
    mentions: post.mentions,
    hashtags: post.hashtags,
    media: post.media,
    markup_sha256: post.markupSha256,
  };
}

/**
 * The article's post identities, each once, in the order their locks are taken: sorted, so two
 * articles sharing posts cannot deadlock on them. The caller takes each as
 * `pg_advisory_xact_lock(hashtext('post:' || key))` before upsertPosts, in a statement before it.
 */
export function postLockKeys(result: ExtractionResult): string[] {
  return [...new Set(result.posts.map(postIdentityKey))].sort();
}

/**
 * One row per post identity (an identity met twice in one article is written once, from its first
 * rendering), under the locks of postLockKeys. A post's claims follow the latest extraction of its
 * stored text (so a re-run after an extractor upgrade updates them); an article that renders the
 * post with another text (truncated, translated) does not replace claims read from the stored one.
 */
export async function upsertPosts(
  manager: EntityManager,
  result: ExtractionResult,
): Promise<WrittenPosts> {
  const keys = result.posts.map(postIdentityKey);
  const firstIndex = new Map<string, number>();
  keys.forEach((key, index) => firstIndex.has(key) || firstIndex.set(key, index));
  if (!firstIndex.size)
    return { embeds: [], claimRows: [], changedPostIds: [], changedOlderPostIds: [] };
  const sorted = [...firstIndex.keys()].sort();
  // Each post's stored claims come back with it, read after the locks (a statement of its own, so
  // its snapshot sees what the locks' last holders committed).
  const rows: StoredPost[] = await transactionQuery(
    manager,
    `WITH upserted AS (
     INSERT INTO social_posts (identity_key, kind, platform, external_id, url, author_name, handle, posted_at,
                               posted_at_precision, text, links, mentions, hashtags, media, markup_sha256)
     SELECT identity_key, kind, platform, external_id, url, author_name, handle, posted_at,
            posted_at_precision, text, links, mentions, hashtags, media, markup_sha256
       FROM jsonb_to_recordset($1::jsonb) AS p(identity_key text, kind text, platform text, external_id text,
            url text, author_name text, handle text, posted_at text, posted_at_precision text, text text,
            links jsonb, mentions jsonb, hashtags jsonb, media jsonb, markup_sha256 text)
     ON CONFLICT (identity_key) DO UPDATE SET
       url = COALESCE(social_posts.url, EXCLUDED.url),
       author_name = COALESCE(social_posts.author_name, EXCLUDED.author_name),
       handle = COALESCE(social_posts.handle, EXCLUDED.handle),
       posted_at = COALESCE(social_posts.posted_at, EXCLUDED.posted_at),
       posted_at_precision = COALESCE(social_posts.posted_at_precision, EXCLUDED.posted_at_precision)
     RETURNING id, text, identity_key, xmax = 0 AS inserted)
     SELECT u.id, u.text, u.identity_key, u.inserted,
            (SELECT COALESCE(json_agg(c), '[]') FROM claims c WHERE c.post_id = u.id) AS claims
       FROM upserted u`,
    [JSON.stringify(sorted.map((key) => postRecord(key, result.posts[firstIndex.get(key)!])))],
  );
  const stored = rows.flatMap((r) => r.claims.map(claimFromColumns));
  return decideClaims(result, keys, firstIndex, rows, stored);
}

function decideClaims(
  result: ExtractionResult,
  keys: string[],
  firstIndex: Map<string, number>,
  rows: StoredPost[],
  stored: ClaimRecord[],
): WrittenPosts {
  const idByKey = new Map(rows.map((r) => [r.identity_key, r]));
  const claimRows: Partial<ClaimRecord>[] = [];
  const changedPostIds: string[] = [];
  for (const [key, index] of firstIndex) {
    const row = idByKey.get(key)!;
    const post = result.posts[index];
    const fresh = result.claims
      .filter((c) => c.source.kind === 'post' && c.source.index === index)
      .map((c, position) => claimRow(c, position, { articleId: null, postId: row.id }));
    const before = stored.filter((c) => c.postId === row.id);
    const replace = before.length ? row.text === post.text : fresh.length > 0;
    if (!replace || sameClaims(before, fresh)) continue;
    changedPostIds.push(row.id);
    claimRows.push(...fresh);
  }
  const inserted = new Set(rows.filter((r) => r.inserted).map((r) => r.id));
  return {
    embeds: keys.map((key) => idByKey.get(key)!.id),
    claimRows,
    changedPostIds,
    changedOlderPostIds: changedPostIds.filter((id) => !inserted.has(id)),
  };
}
