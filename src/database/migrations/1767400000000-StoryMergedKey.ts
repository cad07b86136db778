import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a merged story's old key still leads to the story it was merged into
 * (stories/story-lookup.ts looks its merge up by key, newest first).
 */
export class StoryMergedKey1767400000000 implements MigrationInterface {
  name = 'StoryMergedKey1767400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX story_merges_merged_key_idx ON story_merges (merged_key, created_at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX story_merges_merged_key_idx`);
  }
}
