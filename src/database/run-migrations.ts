import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions, ensureDatabase } from './data-source-options';

/** `npm run migration:run`: applies pending migrations and exits (docker-compose runs it before the API). */
async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const dataSource = new DataSource(dataSourceOptions(config, false));
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'all' });
  process.stdout.write(
    applied.length
      ? `applied: ${applied.map((m) => m.name).join(', ')}\n`
      : 'schema is up to date\n',
  );
  await dataSource.destroy();
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
