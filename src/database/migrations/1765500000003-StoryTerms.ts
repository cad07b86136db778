import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 10: stories remember the names their articles use, so undated articles join by them. */
export class StoryTerms1765500000003 implements MigrationInterface {
  name = 'StoryTerms1765500000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stories ADD COLUMN terms jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stories DROP COLUMN terms`);
  }
}
