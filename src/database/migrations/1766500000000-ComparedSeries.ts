import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, incremental refresh: an ingested article re-decides only the series (metric, subject)
 * its figures touch. Its earlier figures are deleted before the refresh runs, so each article and
 * post keeps the series its figures were last compared in (`compared_series`); and a story whose
 * whole area was inferred from all its claims (no main country) is re-decided whole until it has
 * one (`stories_area_inferred`).
 */
export class ComparedSeries1766500000000 implements MigrationInterface {
  name = 'ComparedSeries1766500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE compared_series (
        article_id uuid REFERENCES articles(id) ON DELETE CASCADE,
        post_id uuid REFERENCES social_posts(id) ON DELETE CASCADE,
        metric text NOT NULL,
        subject text NOT NULL,
        CHECK ((article_id IS NULL) <> (post_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX compared_series_article_key ON compared_series (article_id, metric, subject) WHERE article_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX compared_series_post_key ON compared_series (post_id, metric, subject) WHERE post_id IS NOT NULL`,
    );
    await q.query(`
      INSERT INTO compared_series (article_id, post_id, metric, subject)
      SELECT DISTINCT article_id, post_id, metric, subject FROM claims`);
    await q.query(`
      CREATE TABLE stories_area_inferred (
        story_id uuid PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE
      )`);
    await q.query(
      `INSERT INTO stories_area_inferred SELECT id FROM stories WHERE main_country IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE stories_area_inferred`);
    await q.query(`DROP TABLE compared_series`);
  }
}
