import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: GET /discrepancies reports how many flags match, and counting the open ones read every
 * open flag's index entry: 41,680 at 1 M claims, 3–9 ms of each request, growing with the archive.
 * Triggers keep the count per (status, kind, metric) instead, for every writer (the refresh, the
 * review, a cascade, COPY). Each statement appends its change as rows rather than updating one
 * counter row, so concurrent ingests never wait on each other's counter lock, and folds the rows
 * of the groups it touched into one, skipping rows another transaction is folding (SKIP LOCKED);
 * so a group holds one row plus one per transaction in flight. A reader sums a group's rows,
 * which its snapshot sees committed together with the flags they count.
 */
export class DiscrepancyTallies1767100000001 implements MigrationInterface {
  name = 'DiscrepancyTallies1767100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE discrepancy_tallies (
        status text NOT NULL,
        kind text NOT NULL,
        metric text NOT NULL,
        n bigint NOT NULL
      )`);
    await q.query(
      `CREATE INDEX discrepancy_tallies_group_idx ON discrepancy_tallies (status, kind, metric)`,
    );
    await q.query(`
      CREATE FUNCTION tally_discrepancies() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        changes discrepancy_tallies[] := '{}';
      BEGIN
        IF TG_OP = 'TRUNCATE' THEN
          DELETE FROM discrepancy_tallies;
          RETURN NULL;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          changes := ARRAY(SELECT ROW(status, kind, metric, count(*))::discrepancy_tallies
                             FROM new_rows GROUP BY status, kind, metric);
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          changes := changes || ARRAY(SELECT ROW(status, kind, metric, -count(*))::discrepancy_tallies
                                        FROM old_rows GROUP BY status, kind, metric);
        END IF;
        WITH delta AS (
          SELECT status, kind, metric, sum(n) AS n FROM unnest(changes)
           GROUP BY status, kind, metric HAVING sum(n) <> 0
        ), folded AS (
          DELETE FROM discrepancy_tallies
           WHERE ctid = ANY (ARRAY(
             SELECT ctid FROM discrepancy_tallies
              WHERE (status, kind, metric) IN (SELECT status, kind, metric FROM delta)
                FOR UPDATE SKIP LOCKED))
          RETURNING status, kind, metric, n
        )
        INSERT INTO discrepancy_tallies (status, kind, metric, n)
        SELECT status, kind, metric, sum(n)
          FROM (SELECT * FROM delta UNION ALL SELECT * FROM folded) moved
         GROUP BY status, kind, metric HAVING sum(n) <> 0;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER discrepancies_tally_insert AFTER INSERT ON discrepancies
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_discrepancies()`);
    await q.query(`
      CREATE TRIGGER discrepancies_tally_update AFTER UPDATE ON discrepancies
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION tally_discrepancies()`);
    await q.query(`
      CREATE TRIGGER discrepancies_tally_delete AFTER DELETE ON discrepancies
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tally_discrepancies()`);
    await q.query(`
      CREATE TRIGGER discrepancies_tally_truncate AFTER TRUNCATE ON discrepancies
        FOR EACH STATEMENT EXECUTE FUNCTION tally_discrepancies()`);
    await q.query(`
      INSERT INTO discrepancy_tallies (status, kind, metric, n)
      SELECT status, kind, metric, count(*) FROM discrepancies GROUP BY status, kind, metric`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const op of ['insert', 'update', 'delete', 'truncate'])
      await q.query(`DROP TRIGGER discrepancies_tally_${op} ON discrepancies`);
    await q.query(`DROP FUNCTION tally_discrepancies()`);
    await q.query(`DROP TABLE discrepancy_tallies`);
  }
}
