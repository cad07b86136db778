import type { EntityManager } from 'typeorm';
import { latestRevisions, type RevisionStamp } from './revision-diff';

export interface RevisionRow extends RevisionStamp {
  url: string | null;
}

/**
 * The processed revisions sharing a canonical URL with any of `articleIds` (an article is a
 * revision of another when both have the same canonical URL; each submission keeps its row).
 */
export async function revisionsOf(
  manager: Pick<EntityManager, 'query'>,
  articleIds: string[],
): Promise<RevisionRow[]> {
  if (!articleIds.length) return [];
  const rows: {
    id: string;
    url: string | null;
    modified_at: string | null;
    published_at: string | null;
    created_at: Date;
  }[] = await manager.query(
    `SELECT a.id, a.url, a.modified_at, a.published_at, a.created_at
       FROM articles a
      WHERE a.status = 'processed'
        AND a.url IN (SELECT url FROM articles WHERE id = ANY($1) AND url IS NOT NULL)`,
    [articleIds],
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    modifiedAt: r.modified_at,
    publishedAt: r.published_at,
    submittedAt: r.created_at,
  }));
}

/** Of `articleIds`, those a later processed revision of the same URL has replaced. */
export async function supersededArticleIds(
  manager: Pick<EntityManager, 'query'>,
  articleIds: string[],
): Promise<Set<string>> {
  const revisions = await revisionsOf(manager, articleIds);
  const latest = latestRevisions(revisions);
  const asked = new Set(articleIds);
  return new Set(revisions.filter((r) => !latest.has(r.id) && asked.has(r.id)).map((r) => r.id));
}
