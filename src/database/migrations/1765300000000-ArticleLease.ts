import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A worker holds an article it processes through a lease it renews while the job runs; an article
 * left `processing` with an expired lease was stranded (worker crash, lost job, Redis restart) and
 * the reconciler takes it up again.
 */
export class ArticleLease1765300000000 implements MigrationInterface {
  name = 'ArticleLease1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE articles ADD COLUMN lease_until timestamptz, ADD COLUMN worker_id text`,
    );
    await q.query(
      `CREATE INDEX articles_processing_lease_idx ON articles (lease_until) WHERE status = 'processing'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX articles_processing_lease_idx`);
    await q.query(`ALTER TABLE articles DROP COLUMN lease_until, DROP COLUMN worker_id`);
  }
}
