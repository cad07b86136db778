import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a story keeps what its articles share (places, figures, kinds of event, beside the
 * words it already kept) and how many articles it holds, so an article joins by all of it; each
 * merge of two stories is recorded.
 */
export class StoryProfiles1766600000000 implements MigrationInterface {
  name = 'StoryProfiles1766600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stories
      ADD COLUMN article_count integer NOT NULL DEFAULT 0,
      ADD COLUMN places jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN figures jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN kinds jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`UPDATE stories s SET article_count =
      (SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.status = 'processed')`);
    await q.query(`CREATE INDEX stories_automatic_idx ON stories (automatic, last_date)`);
    await q.query(`CREATE TABLE story_merges (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      into_id uuid NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
      merged_key text NOT NULL,
      merged_name text NOT NULL,
      articles_moved integer NOT NULL,
      automatic boolean NOT NULL,
      score double precision,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await q.query(`CREATE INDEX story_merges_into_idx ON story_merges (into_id, created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE story_merges`);
    await q.query(`DROP INDEX stories_automatic_idx`);
    await q.query(`ALTER TABLE stories DROP COLUMN article_count, DROP COLUMN places,
      DROP COLUMN figures, DROP COLUMN kinds`);
  }
}
