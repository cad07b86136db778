import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a value a reviewer dismissed from a flag stays dismissed when its article is
 * re-processed. Re-processing replaces an article's claim rows, so a dismissal keyed by claim id was
 * lost; it is now keyed by what the figure is: its source (the article, or the post, whose rows
 * survive a re-run), metric, subject, value and quote. Offsets are left out on purpose: they shift
 * when the text around the figure is read differently, while the quote a reviewer saw does not; a
 * changed figure is a new one and is compared again.
 */
export class DismissedFigures1766500000001 implements MigrationInterface {
  name = 'DismissedFigures1766500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dismissed_figures (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid REFERENCES articles(id) ON DELETE CASCADE,
        post_id uuid REFERENCES social_posts(id) ON DELETE CASCADE,
        metric text NOT NULL,
        subject text NOT NULL,
        value double precision NOT NULL,
        quote text NOT NULL,
        discrepancy_id uuid REFERENCES discrepancies(id) ON DELETE SET NULL,
        note text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        CHECK ((article_id IS NULL) <> (post_id IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX dismissed_figures_key ON dismissed_figures (COALESCE(article_id, post_id), metric, subject, value, quote)`,
    );
    await q.query(`
      INSERT INTO dismissed_figures (article_id, post_id, metric, subject, value, quote, discrepancy_id, note, actor, at)
      SELECT c.article_id, c.post_id, c.metric, c.subject, c.value, c.quote, d.discrepancy_id, d.note, d.actor, d.at
        FROM dismissed_claims d JOIN claims c ON c.id = d.claim_id
      ON CONFLICT DO NOTHING`);
    await q.query(`DROP TABLE dismissed_claims`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dismissed_claims (
        claim_id uuid PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
        discrepancy_id uuid REFERENCES discrepancies(id) ON DELETE SET NULL,
        note text NOT NULL,
        actor text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      INSERT INTO dismissed_claims (claim_id, discrepancy_id, note, actor, at)
      SELECT c.id, d.discrepancy_id, d.note, d.actor, d.at
        FROM dismissed_figures d JOIN claims c
          ON COALESCE(c.article_id, c.post_id) = COALESCE(d.article_id, d.post_id)
         AND c.metric = d.metric AND c.subject = d.subject AND c.value = d.value AND c.quote = d.quote
      ON CONFLICT DO NOTHING`);
    await q.query(`DROP TABLE dismissed_figures`);
  }
}
