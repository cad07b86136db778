import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issues 9 and 10: a figure the text names as superseded beside the current one ("the toll,
 * initially put at 217, rose to 300": 217) is kept, marked, and never compared as a current total
 * (DESIGN.md §3). The extractor marked it; the store dropped the mark, so flags weighed it.
 */
export class ClaimEarlier1766900000000 implements MigrationInterface {
  name = 'ClaimEarlier1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN earlier boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims DROP COLUMN earlier`);
  }
}
