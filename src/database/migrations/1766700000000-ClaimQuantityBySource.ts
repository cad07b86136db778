import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a story's claims of one quantity are read through its articles (GET /claims/history,
 * the discrepancy refresh). Indexed by source alone, each article's claims were fetched from the
 * heap to be filtered on metric and subject (3 of 4 thrown away at 1 M claims, `npm run bench`);
 * with the quantity in the index only the matching rows are read. The single-column indexes are
 * prefixes of these, so they go (deletes by article or post and the foreign keys use these).
 */
export class ClaimQuantityBySource1766700000000 implements MigrationInterface {
  name = 'ClaimQuantityBySource1766700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX claims_article_quantity_idx ON claims (article_id, metric, subject)`,
    );
    await q.query(`CREATE INDEX claims_post_quantity_idx ON claims (post_id, metric, subject)`);
    await q.query(`DROP INDEX claims_article_idx`);
    await q.query(`DROP INDEX claims_post_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX claims_article_idx ON claims (article_id)`);
    await q.query(`CREATE INDEX claims_post_idx ON claims (post_id)`);
    await q.query(`DROP INDEX claims_article_quantity_idx`);
    await q.query(`DROP INDEX claims_post_quantity_idx`);
  }
}
