// What the chaos run checks once the queue has drained: every accepted article finished exactly
// once (processed, or failed with a reason), nothing derived from it stored twice.

export interface Outcome {
  accepted: number;
  /** Processed, or failed with a reason. */
  finished: number;
  lost: number;
  duplicated: number;
  stuck: number;
  details: string;
  ok: boolean;
}

type Query = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

/** Each: how many groups of rows that should be one are more than one. */
const DUPLICATE_CHECKS: Record<string, string> = {
  'claims of an article': `SELECT count(*)::int AS n FROM (SELECT 1 FROM claims WHERE article_id IS NOT NULL GROUP BY article_id, position HAVING count(*) > 1) d`,
  'claims of a post': `SELECT count(*)::int AS n FROM (SELECT 1 FROM claims WHERE post_id IS NOT NULL GROUP BY post_id, position HAVING count(*) > 1) d`,
  'embeds of an article': `SELECT count(*)::int AS n FROM (SELECT 1 FROM post_embeds GROUP BY article_id, position HAVING count(*) > 1) d`,
  'posts of one tweet': `SELECT count(*)::int AS n FROM (SELECT 1 FROM social_posts WHERE external_id IS NOT NULL GROUP BY platform, external_id HAVING count(*) > 1) d`,
  'discrepancies of one quantity': `SELECT count(*)::int AS n FROM (SELECT 1 FROM discrepancies GROUP BY story_id, metric, subject, location_key HAVING count(*) > 1) d`,
  'evidence of a discrepancy': `SELECT count(*)::int AS n FROM (SELECT 1 FROM discrepancy_claims GROUP BY discrepancy_id, claim_id HAVING count(*) > 1) d`,
};

interface Submissions {
  accepted: Map<string, number>;
  sameIdMismatches: number;
}

export async function checkOutcome(query: Query, submissions: Submissions): Promise<Outcome> {
  const ids = [...submissions.accepted.keys()];
  const [counts] = await query<{
    processed: number;
    reasoned: number;
    unreasoned: number;
    stuck: number;
    found: number;
  }>(
    `SELECT count(*) FILTER (WHERE status = 'processed')::int AS processed,
            count(*) FILTER (WHERE status = 'failed' AND coalesce(error, '') <> '')::int AS reasoned,
            count(*) FILTER (WHERE status = 'failed' AND coalesce(error, '') = '')::int AS unreasoned,
            count(*) FILTER (WHERE status IN ('queued', 'processing'))::int AS stuck,
            count(*)::int AS found
       FROM articles WHERE id = ANY($1)`,
    [ids],
  );
  const reasons = await query<{ error: string; n: number }>(
    `SELECT left(error, 120) AS error, count(*)::int AS n FROM articles WHERE id = ANY($1) AND status = 'failed' GROUP BY 1 ORDER BY 2 DESC LIMIT 3`,
    [ids],
  );
  const duplicates: string[] = [];
  let duplicated = submissions.sameIdMismatches;
  for (const [what, sql] of Object.entries(DUPLICATE_CHECKS)) {
    const [{ n }] = await query<{ n: number }>(sql);
    duplicated += n;
    if (n) duplicates.push(`${what}: ${n}`);
  }
  const lost = ids.length - counts.found + counts.unreasoned;
  const finished = counts.processed + counts.reasoned;
  const details = [
    `processed ${counts.processed}, failed with a reason ${counts.reasoned}`,
    ...reasons.map((r) => `  ${r.n}× ${r.error}`),
    duplicates.length ? `doubled: ${duplicates.join(', ')}` : 'nothing doubled',
  ].join('\nchaos: ');
  return {
    accepted: ids.length,
    finished,
    lost,
    duplicated,
    stuck: counts.stuck,
    details,
    ok: lost === 0 && duplicated === 0 && counts.stuck === 0 && finished === ids.length,
  };
}
