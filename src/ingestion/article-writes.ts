// An article's derived rows, each kind in one statement whatever their count: its claims (its own
// and its posts') go to Postgres as one JSON parameter expanded there, its embeds as one array.
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

export async function insertClaims(
  manager: EntityManager,
  rows: Partial<ClaimRecord>[],
): Promise<void> {
  if (!rows.length) return;
  await transactionQuery(
    manager,
    `INSERT INTO claims (article_id, post_id, position, metric, subject, value, low, high, qualifier,
                         location, country, attribution, as_of, quote, start_offset, end_offset, earlier, part)
     SELECT article_id, post_id, position, metric, subject, value, low, high, qualifier,
            location, country, attribution, as_of, quote, start_offset, end_offset, earlier, part
       FROM jsonb_to_recordset($1::jsonb) AS c(article_id uuid, post_id uuid, position int, metric text,
            subject text, value float8, low float8, high float8, qualifier text, location text,
            country text, attribution jsonb, as_of text, quote text, start_offset int, end_offset int,
            earlier boolean, part boolean)`,
    [JSON.stringify(rows.map(claimColumns))],
  );
}

/** The article's embeds, its posts' stored ids in the order the article shows them. */
export async function insertEmbeds(
  manager: EntityManager,
  articleId: string,
  postIds: string[],
): Promise<void> {
  if (!postIds.length) return;
  await transactionQuery(
    manager,
    `INSERT INTO post_embeds (article_id, position, post_id)
     SELECT $1, e.ord - 1, e.post_id FROM unnest($2::uuid[]) WITH ORDINALITY AS e(post_id, ord)`,
    [articleId, postIds],
  );
}
