import { DataSource } from 'typeorm';
import { ApiKeysService, type ApiKeyListing } from '../auth/api-keys.service';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions, ensureDatabase } from '../database/data-source-options';

export type KeysAction =
  | { action: 'create'; name: string; role: string }
  | { action: 'list' }
  | { action: 'revoke'; idOrName: string };

/**
 * Works on the keys against the database directly (migrating it first), so the first admin key
 * can be made before any API runs.
 */
export async function withApiKeys<T>(
  config: AppConfig,
  work: (keys: ApiKeysService) => Promise<T>,
): Promise<T> {
  await ensureDatabase(config.databaseUrl);
  const dataSource = await new DataSource(dataSourceOptions(config, true)).initialize();
  try {
    return await work(new ApiKeysService(dataSource));
  } finally {
    await dataSource.destroy();
  }
}

/** `keys create|list|revoke`. */
export async function runKeys(
  config: AppConfig,
  command: KeysAction,
  write: (line: string) => void,
): Promise<void> {
  await withApiKeys(config, async (keys) => {
    switch (command.action) {
      case 'create': {
        const { key, listing } = await keys.create(command.name, command.role);
        write(`created ${listing.role} key "${listing.name}" (id ${listing.id})`);
        write(`key (shown once, store it now): ${key}`);
        return;
      }
      case 'list':
        write(renderKeyTable(await keys.list()));
        return;
      case 'revoke': {
        const revoked = await keys.revoke(command.idOrName);
        write(
          `revoked key "${revoked.name}" (id ${revoked.id}) at ${revoked.revokedAt?.toISOString()}`,
        );
        return;
      }
    }
  });
}

export function renderKeyTable(keys: ApiKeyListing[]): string {
  if (!keys.length) return 'no API keys yet: npm run cli -- keys create --role admin --name NAME';
  const rows = keys.map((k) => [
    k.id,
    k.name,
    k.role,
    `ppt_${k.prefix}_…`,
    k.createdAt.toISOString(),
    k.lastUsedAt?.toISOString() ?? '-',
    k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active',
  ]);
  const header = ['id', 'name', 'role', 'key', 'created', 'last used', 'state'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
