import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a read query as a named prepared statement on the data source's pool, so Postgres plans it
 * once per connection rather than on every request. The read API's larger queries spent as long
 * planning as executing: GET /claims/history's at 1 M claims, 200 runs on one connection, p50
 * 10.3 ms unprepared, 5.8 ms prepared. The name is the text's hash, so each shape of a query built
 * from optional filters is prepared on its own. Only for reads outside a transaction: the statement
 * runs on any pooled connection, not on a query runner's.
 */
export async function preparedQuery<Row>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const name = `read_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
  const result = await pool.query({ name, text, values });
  return result.rows as Row[];
}
