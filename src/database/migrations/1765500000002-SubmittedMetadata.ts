import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 10: a text submission may name its title, site and author (plain text carries no metadata). */
export class SubmittedMetadata1765500000002 implements MigrationInterface {
  name = 'SubmittedMetadata1765500000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE articles ADD COLUMN submitted_title text, ADD COLUMN submitted_site text, ADD COLUMN submitted_author text`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE articles DROP COLUMN submitted_title, DROP COLUMN submitted_site, DROP COLUMN submitted_author`,
    );
  }
}
