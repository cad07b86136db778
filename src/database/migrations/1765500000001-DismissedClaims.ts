import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a reviewer can dismiss one value of a flag ("not a total: a subset") without
 * dismissing the flag. A dismissed claim no longer takes part in its story's comparison.
 */
export class DismissedClaims1765500000001 implements MigrationInterface {
  name = 'DismissedClaims1765500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dismissed_claims (
        claim_id uuid PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        discrepancy_id uuid REFERENCES discrepancies(id) ON DELETE SET NULL,
        note text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dismissed_claims`);
  }
}
