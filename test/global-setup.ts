import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_DATABASE_URL } from './helpers/test-env';

/** Migrates the test database once (creating it if missing), with the built migration runner. */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..');
  const runner = join(root, 'dist', 'database', 'run-migrations.js');
  if (!existsSync(runner))
    throw new Error('dist/ is missing: run `npm run build` before the e2e tests (npm test does)');
  execFileSync(process.execPath, [runner], {
    env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL },
    stdio: 'inherit',
  });
}
