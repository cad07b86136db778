import { DataSource } from 'typeorm';
import { ApiKeysService, type ApiKeyListing } from '../auth/api-keys.service';
import { parseArgs } from 'node:util';
import { loadConfig, type AppConfig } from '../config/app-config';
import { dataSourceOptions, ensureDatabase } from '../database/data-source-options';
import { UsageError, type CliCommand, type CliIo } from './command';

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

/** keys works on the database directly ($DATABASE_URL), so it takes no --api or --key. */
function keysAction(argv: string[]): KeysAction | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        role: { type: 'string' },
        name: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const [action, ...rest] = positionals;
  const expect = (count: number) => {
    if (rest.length > count)
      throw new UsageError(`unexpected argument ${rest[count]} for keys ${action}`);
  };
  switch (action) {
    case 'create':
      expect(0);
      if (!values.role || !values.name)
        throw new UsageError('keys create needs --role R and --name N');
      return { action, role: values.role, name: values.name };
    case 'list':
      expect(0);
      return { action };
    case 'revoke':
      expect(1);
      if (!rest[0]) throw new UsageError('keys revoke needs the key id or name');
      return { action, idOrName: rest[0] };
    default:
      throw new UsageError('keys needs one of: create, list, revoke');
  }
}

export const keysCommand: CliCommand = {
  name: 'keys',
  summary: 'create, list or revoke API keys (on the database directly)',
  help: `usage: npm run cli -- keys create --role R --name N | keys list | keys revoke ID|NAME
  create             make a key with role R (reader, submitter, reviewer, admin); printed once
  list               the keys, their roles and when they were last used
  revoke ID|NAME     stop a key from working
Reads $DATABASE_URL, so the first admin key can be made before any API runs.`,
  async run(argv: string[], io: CliIo): Promise<number> {
    const action = keysAction(argv);
    if (action === 'help') return (io.out(keysCommand.help + '\n'), 0);
    await runKeys(loadConfig(), action, (line) => io.out(line + '\n'));
    return 0;
  },
};
