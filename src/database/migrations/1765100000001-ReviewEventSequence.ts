import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders the audit trail by a sequence number taken when the event is written, under the
 * discrepancy's row lock. `at` (now(), the transaction's start) put a decision that waited for the
 * lock before the one it waited for.
 */
export class ReviewEventSequence1765100000001 implements MigrationInterface {
  name = 'ReviewEventSequence1765100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE review_events ADD COLUMN seq bigint`);
    await q.query(`
      UPDATE review_events r SET seq = ordered.n
      FROM (SELECT id, row_number() OVER (ORDER BY at, id) AS n FROM review_events) ordered
      WHERE r.id = ordered.id`);
    await q.query(`CREATE SEQUENCE review_events_seq_seq OWNED BY review_events.seq`);
    await q.query(
      `SELECT setval('review_events_seq_seq', COALESCE((SELECT max(seq) FROM review_events), 0) + 1, false)`,
    );
    await q.query(`
      ALTER TABLE review_events
        ALTER COLUMN seq SET DEFAULT nextval('review_events_seq_seq'),
        ALTER COLUMN seq SET NOT NULL`);
    await q.query(`DROP INDEX review_events_discrepancy_idx`);
    await q.query(
      `CREATE UNIQUE INDEX review_events_discrepancy_seq_idx ON review_events (discrepancy_id, seq)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX review_events_discrepancy_seq_idx`);
    await q.query(
      `CREATE INDEX review_events_discrepancy_idx ON review_events (discrepancy_id, at)`,
    );
    await q.query(`ALTER TABLE review_events DROP COLUMN seq`);
  }
}
