import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a merged story's old id, like its old key, still leads to the story it was merged
 * into (stories/story-lookup.ts). Merges recorded before this column have no id to keep.
 */
export class StoryMergedId1767700000000 implements MigrationInterface {
  name = 'StoryMergedId1767700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE story_merges ADD COLUMN merged_id uuid`);
    await q.query(`CREATE INDEX story_merges_merged_id_idx ON story_merges (merged_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX story_merges_merged_id_idx`);
    await q.query(`ALTER TABLE story_merges DROP COLUMN merged_id`);
  }
}
