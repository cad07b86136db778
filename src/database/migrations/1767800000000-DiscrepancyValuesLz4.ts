import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a discrepancy's values (every origin's figures with their claim ids: ~160 KB for a
 * flag of a 5,000-article story) are compressed with lz4, not pglz. Each article of a story
 * rewrites the values of the flags its figures touch; rewriting 12 such flags took 125 ms with
 * pglz and 90 ms with lz4 (medians of 4 interleaved rounds each, one connection, loaded box), for
 * 1.04x the stored size (586 against 565 KB). Values stored before keep pglz until rewritten.
 */
export class DiscrepancyValuesLz41767800000000 implements MigrationInterface {
  name = 'DiscrepancyValuesLz41767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE discrepancies ALTER COLUMN "values" SET COMPRESSION lz4`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE discrepancies ALTER COLUMN "values" SET COMPRESSION default`);
  }
}
