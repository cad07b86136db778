import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a story keeps the proper names of the people and bodies its articles use
 * (stories/story-names.ts), so a follow-up weeks later that names the same actors joins it.
 * Stories created before keep an empty tally until their next article.
 */
export class StoryNames1768600000000 implements MigrationInterface {
  name = 'StoryNames1768600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stories ADD COLUMN names jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE stories DROP COLUMN names`);
  }
}
