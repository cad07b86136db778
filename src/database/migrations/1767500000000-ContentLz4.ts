import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: a submitted page (50-500 KB of HTML) and its body text are compressed with lz4, not
 * Postgres's default pglz. Storing a 100 KB page took the database 1.42 ms of CPU with pglz and
 * 0.42-0.58 ms with lz4, reading it back 0.58 against 0.42-0.50 ms (40 bench pages x 3, three
 * interleaved rounds, one connection), for 1.24x the stored size (28.7 against 23.1 KB a page).
 * Every POST /articles and every ingest pays it, on the cores the API and the worker share. Values
 * stored before keep their pglz compression and read as before.
 */
export class ContentLz41767500000000 implements MigrationInterface {
  name = 'ContentLz41767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE article_contents ALTER COLUMN raw SET COMPRESSION lz4, ALTER COLUMN body_text SET COMPRESSION lz4`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE article_contents ALTER COLUMN raw SET COMPRESSION default, ALTER COLUMN body_text SET COMPRESSION default`,
    );
  }
}
