import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await this.createArticleTables(q);
    await this.createPostTables(q);
    await this.createClaimTables(q);
    await this.createReviewTables(q);
  }

  private async createArticleTables(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE stories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL UNIQUE,
        name text NOT NULL,
        automatic boolean NOT NULL DEFAULT false,
        main_country text,
        first_date date,
        last_date date,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE articles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status text NOT NULL CHECK (status IN ('queued', 'processing', 'processed', 'failed')),
        error text,
        attempts int NOT NULL DEFAULT 0,
        format text NOT NULL CHECK (format IN ('html', 'text', 'url')),
        submission_sha256 text NOT NULL,
        submitted_url text,
        submitted_published_at text,
        requested_story text,
        story_id uuid REFERENCES stories(id) ON DELETE SET NULL,
        title text,
        author text,
        authors jsonb NOT NULL DEFAULT '[]',
        published_at text,
        modified_at text,
        place text,
        site text,
        url text,
        language text,
        main_country text,
        processed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX articles_submission_sha256_key ON articles (submission_sha256)`,
    );
    await q.query(`CREATE INDEX articles_status_idx ON articles (status, updated_at)`);
    await q.query(`CREATE INDEX articles_story_idx ON articles (story_id)`);
    await q.query(`CREATE INDEX articles_url_idx ON articles (url)`);
    await q.query(`
      CREATE TABLE article_contents (
        article_id uuid PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        format text CHECK (format IN ('html', 'text')),
        raw text,
        sha256 text,
        fetched_at timestamptz,
        body_text text
      )`);
  }

  private async createPostTables(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE social_posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        identity_key text NOT NULL UNIQUE,
        kind text NOT NULL CHECK (kind IN ('embedded', 'referenced')),
        platform text NOT NULL,
        external_id text,
        url text,
        author_name text,
        handle text,
        posted_at text,
        posted_at_precision text CHECK (posted_at_precision IN ('ms', 'minute', 'day')),
        text text NOT NULL,
        links jsonb NOT NULL DEFAULT '[]',
        mentions jsonb NOT NULL DEFAULT '[]',
        hashtags jsonb NOT NULL DEFAULT '[]',
        media jsonb NOT NULL DEFAULT '[]',
        markup_sha256 text,
        first_seen_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE post_embeds (
        article_id uuid NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position int NOT NULL,
        post_id uuid NOT NULL REFERENCES social_posts(id) ON DELETE CASCADE,
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, position)
      )`);
    await q.query(`CREATE INDEX post_embeds_post_idx ON post_embeds (post_id)`);
  }

  private async createClaimTables(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        article_id uuid REFERENCES articles(id) ON DELETE CASCADE,
        post_id uuid REFERENCES social_posts(id) ON DELETE CASCADE,
        position int NOT NULL,
        metric text NOT NULL,
        subject text NOT NULL,
        value double precision NOT NULL,
        low double precision,
        high double precision,
        qualifier text NOT NULL,
        location text,
        country text,
        attribution jsonb NOT NULL DEFAULT '[]',
        as_of text,
        quote text NOT NULL,
        start_offset int NOT NULL,
        end_offset int NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT claims_one_source CHECK ((article_id IS NULL) <> (post_id IS NULL))
      )`);
    await q.query(`CREATE INDEX claims_article_idx ON claims (article_id)`);
    await q.query(`CREATE INDEX claims_post_idx ON claims (post_id)`);
    await q.query(`CREATE INDEX claims_quantity_idx ON claims (metric, subject)`);
  }

  private async createReviewTables(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE discrepancies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        story_id uuid NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        metric text NOT NULL,
        subject text NOT NULL,
        location text,
        location_key text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('conflict', 'update')),
        status text NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed', 'resolved')),
        severity double precision NOT NULL,
        rule text NOT NULL,
        explanation text NOT NULL,
        "values" jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX discrepancies_quantity_key ON discrepancies (story_id, metric, subject, location_key)`,
    );
    await q.query(`CREATE INDEX discrepancies_status_idx ON discrepancies (status, severity DESC)`);
    await q.query(`
      CREATE TABLE discrepancy_claims (
        discrepancy_id uuid NOT NULL REFERENCES discrepancies(id) ON DELETE CASCADE,
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        value double precision NOT NULL,
        PRIMARY KEY (discrepancy_id, claim_id)
      )`);
    await q.query(`CREATE INDEX discrepancy_claims_claim_idx ON discrepancy_claims (claim_id)`);
    await q.query(`
      CREATE TABLE review_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        discrepancy_id uuid NOT NULL REFERENCES discrepancies(id) ON DELETE CASCADE,
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        note text,
        actor text NOT NULL,
        details jsonb,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX review_events_discrepancy_idx ON review_events (discrepancy_id, at)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'review_events',
      'discrepancy_claims',
      'discrepancies',
      'claims',
      'post_embeds',
      'social_posts',
      'article_contents',
      'articles',
      'stories',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
