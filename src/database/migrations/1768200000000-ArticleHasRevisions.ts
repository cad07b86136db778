import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: whether a processed article has another processed revision (the same canonical URL) is
 * kept on its row, set when a revision is processed, instead of being looked up for every claim of
 * a story's compared series on every refresh (an index probe per claim, a third of the claims'
 * stamps query at 5,000 articles). Once set it stays set: it only says the revisions are to be
 * looked up (revision-queries.ts decides which one is the latest).
 */
export class ArticleHasRevisions1768200000000 implements MigrationInterface {
  name = 'ArticleHasRevisions1768200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles ADD COLUMN has_revisions boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE articles a SET has_revisions = true
       WHERE a.url IS NOT NULL AND a.status = 'processed'
         AND EXISTS (SELECT 1 FROM articles r WHERE r.url = a.url AND r.id <> a.id AND r.status = 'processed')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE articles DROP COLUMN has_revisions`);
  }
}
