import type { Pool } from 'pg';
import { GAZETTEER_PLACES } from '../../src/discrepancies/gazetteer-places';
import { detectDiscrepancies } from '../../src/discrepancies/rules/detect-discrepancies';
import { loadStoryClaims } from '../../src/discrepancies/story-claims';

/**
 * The story's stored flags and those a comparison of all its stored claims from scratch finds,
 * in one shape: an incremental refresh must leave the first equal to the second.
 */
export async function storedAndWholeFlags(db: Pool, storyKey: string) {
  const { rows } = await db.query<{ id: string; main_country: string | null }>(
    `SELECT id, main_country FROM stories WHERE key = $1`,
    [storyKey],
  );
  const claims = await loadStoryClaims(
    {
      query: async <T>(sql: string, params?: unknown[]) => (await db.query(sql, params)).rows as T,
    },
    rows[0].id,
    null,
  );
  const options = rows[0].main_country ? { wholeArea: rows[0].main_country } : {};
  const whole = detectDiscrepancies(claims, GAZETTEER_PLACES, options);
  const stored = await db.query<{ values: unknown; pair: unknown; explanation: string }>(
    `SELECT "values", pair, explanation FROM discrepancies WHERE story_id = $1
      ORDER BY metric, subject, location_key`,
    [rows[0].id],
  );
  return {
    stored: stored.rows,
    whole: JSON.parse(
      JSON.stringify(
        whole.map((f) => ({ values: f.values, pair: f.pair, explanation: f.explanation })),
      ),
    ) as unknown[],
  };
}
