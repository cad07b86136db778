// A stored claim's fields and the claims table's columns, named once. The worker writes claims as
// rows of columns (one JSON parameter expanded by Postgres) and the API and the comparison read
// rows of columns back with raw SQL, so the two namings meet here and nowhere else.
import type { ClaimRecord } from './claim.entity';

/** Each field of ClaimRecord that is a column, and that column's name. */
const COLUMN_OF = {
  id: 'id',
  articleId: 'article_id',
  postId: 'post_id',
  position: 'position',
  metric: 'metric',
  subject: 'subject',
  value: 'value',
  low: 'low',
  high: 'high',
  qualifier: 'qualifier',
  location: 'location',
  country: 'country',
  attribution: 'attribution',
  asOf: 'as_of',
  quote: 'quote',
  start: 'start_offset',
  end: 'end_offset',
  earlier: 'earlier',
  part: 'part',
  createdAt: 'created_at',
} as const satisfies { [F in keyof ClaimRecord]?: string };

type ClaimField = keyof typeof COLUMN_OF;
const FIELDS = Object.keys(COLUMN_OF) as ClaimField[];

/** A claims row as Postgres names its columns; a query selects some of them. */
export type ClaimColumns = {
  [F in ClaimField as (typeof COLUMN_OF)[F]]: ClaimRecord[F];
};

/**
 * The stored claim a row of claims columns holds. Columns the query did not select are left
 * undefined: each caller selects what it reads (the comparison reads no quote or offsets).
 */
export function claimFromColumns(row: Partial<ClaimColumns>): ClaimRecord {
  const claim: Partial<Record<ClaimField, unknown>> = {};
  for (const field of FIELDS) claim[field] = row[COLUMN_OF[field]];
  return claim as ClaimRecord;
}

/**
 * A claim to store as the claims table names its columns (its id and creation time are the
 * table's). `earlier` and `part` are stored false when the claim does not say so.
 */
export function claimColumns(claim: Partial<ClaimRecord>): Partial<ClaimColumns> {
  const row: Partial<Record<string, unknown>> = {};
  for (const field of FIELDS) {
    if (field === 'id' || field === 'createdAt') continue;
    row[COLUMN_OF[field]] = claim[field];
  }
  return { ...row, earlier: claim.earlier ?? false, part: claim.part ?? false };
}
