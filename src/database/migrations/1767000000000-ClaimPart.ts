import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10: a figure that counts a part of a quantity its fields cannot name ("nine of them were
 * declared dead", "149 remained in hospital", "20,000 deaths since 2014") is kept, marked, and
 * never compared as a total (DESIGN.md §3), as earlier figures are.
 */
export class ClaimPart1767000000000 implements MigrationInterface {
  name = 'ClaimPart1767000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN part boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims DROP COLUMN part`);
  }
}
