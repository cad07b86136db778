import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, story growth: every write to an article, a social post or a claim stamps the row with
 * its transaction (`changed_xid`), indexed, so a worker that compared a story can find what changed
 * since in a snapshot it kept: the rows whose stamp that snapshot does not see (story-claims.ts
 * KeptClaims); a changed claim names its article or post. Those are the claims to read again;
 * before, every claim of the touched series was stamped on every refresh, a statement that grew
 * with the story. Claims are deleted only with their article's or post's row rewritten (ingest),
 * so a deletion is seen through that row. A trigger rather than each writer's SQL: a writer that
 * forgot would leave a worker comparing stale claims. Rows written before this migration carry no
 * stamp (no worker kept a snapshot from before it).
 */
export class ChangedXid1768500000000 implements MigrationInterface {
  name = 'ChangedXid1768500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION stamp_changed_xid() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.changed_xid := pg_current_xact_id();
        RETURN NEW;
      END $$`);
    for (const table of ['articles', 'social_posts', 'claims']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN changed_xid xid8`);
      await q.query(`CREATE INDEX ${table}_changed_xid_idx ON ${table} (changed_xid)`);
      await q.query(
        `CREATE TRIGGER ${table}_changed_xid BEFORE INSERT OR UPDATE ON ${table}
           FOR EACH ROW EXECUTE FUNCTION stamp_changed_xid()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['articles', 'social_posts', 'claims']) {
      await q.query(`DROP TRIGGER ${table}_changed_xid ON ${table}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN changed_xid`);
    }
    await q.query(`DROP FUNCTION stamp_changed_xid()`);
  }
}
