// An article's derived rows in one statement whatever their count: its claims (its own and its
// posts') go to Postgres as one JSON parameter expanded there, its embeds as one array.
// TypeORM's insert built a bind parameter per field of every row and scanned the whole statement
// text for each one, most of the worker's ORM time (npm run bench, --cpu-prof), and needed a
// statement per thousand claims to stay under the bind-parameter limit.
import type { EntityManager } from 'typeorm';
import type { ClaimRecord } from '../claims/claim.entity';
import { transactionQuery } from '../database/prepared-query';
import { claimColumns } from '../claims/claim-columns';
import { claimView } from '../claims/claim-view';
import type { Claim } from '../domain/claim';

/** A claim to store: its fields, its owner (the article or one post) and its place in the text. */
export function claimRow(
  c: Claim,
  position: number,
  owner: { articleId: string | null; postId: string | null },
): Partial<ClaimRecord> {
  return { ...owner, position, ...claimView(c) };
}

/**
 * The article's embeds and claims (its own and its posts'), in one statement: the stored claims of
 * `replacedPostIds` go, the embeds (the posts' stored ids in the order the article shows them) and
 * the claims go in. Three statements before, each a round trip and a parse.
 */
export async function writeArticleRows(
  manager: EntityManager,
  articleId: string,
  postIds: string[],
  claims: Partial<ClaimRecord>[],
  replacedPostIds: string[],
): Promise<void> {
  if (!postIds.length && !claims.length && !replacedPostIds.length) return;
  await transactionQuery(
    manager,
    `WITH gone AS (DELETE FROM claims WHERE post_id = ANY($3::uuid[])),
     embeds AS (
       INSERT INTO post_embeds (article_id, position, post_id)
       SELECT $1, e.ord - 1, e.post_id FROM unnest($2::uuid[]) WITH ORDINALITY AS e(post_id, ord))
     INSERT INTO claims (article_id, post_id, position, metric, subject, value, low, high, qualifier,
                         location, country, attribution, as_of, quote, start_offset, end_offset, earlier, part)
     SELECT article_id, post_id, position, metric, subject, value, low, high, qualifier,
            location, country, attribution, as_of, quote, start_offset, end_offset, earlier, part
       FROM jsonb_to_recordset($4::jsonb) AS c(article_id uuid, post_id uuid, position int, metric text,
            subject text, value float8, low float8, high float8, qualifier text, location text,
            country text, attribution jsonb, as_of text, quote text, start_offset int, end_offset int,
            earlier boolean, part boolean)`,
    [articleId, postIds, replacedPostIds, JSON.stringify(claims.map(claimColumns))],
  );
}
