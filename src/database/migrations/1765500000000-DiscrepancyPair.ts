import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 10: each discrepancy stores the pair of values it leads with. */
export class DiscrepancyPair1765500000000 implements MigrationInterface {
  name = 'DiscrepancyPair1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE discrepancies ADD COLUMN pair jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE discrepancies DROP COLUMN pair`);
  }
}
