import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ApiKey } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey, hashApiKey } from './api-key-token';
import { isRole, ROLES, type Role } from './roles';
import { VerifiedKeys } from './verified-keys';

/** Who made a request: what review events record and what the guard checks. */
export interface Principal {
  id: string;
  name: string;
  role: Role;
}

export type KeyCheck = { ok: true; principal: Principal } | { ok: false; reason: string };

export interface ApiKeyListing {
  id: string;
  name: string;
  role: Role;
  prefix: string;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export class ApiKeyError extends Error {}

const NOT_VALID: KeyCheck = { ok: false, reason: 'the API key is not valid' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** lastUsedAt is a hint for admins, not an audit: one write a minute per key is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Creates, lists, revokes and checks API keys; used by the API's guard and by the CLI. In the API a
 * key that passed is trusted for `apiKeyCacheMs` without asking Postgres again (see VerifiedKeys);
 * the CLI, given no config, checks every time.
 */
@Injectable()
export class ApiKeysService {
  private readonly keys: Repository<ApiKey>;
  private readonly verified: VerifiedKeys<Principal>;

  constructor(
    dataSource: DataSource,
    @Optional() @Inject(APP_CONFIG) config?: Pick<AppConfig, 'apiKeyCacheMs'>,
  ) {
    this.keys = dataSource.getRepository(ApiKey);
    this.verified = new VerifiedKeys(config?.apiKeyCacheMs ?? 0);
  }

  /** Returns the new key in clear: the only time it is ever shown. */
  async create(name: string, role: string): Promise<{ key: string; listing: ApiKeyListing }> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw new ApiKeyError('name must be 1 to 100 characters');
    if (!isRole(role)) throw new ApiKeyError(`role must be one of ${ROLES.join(', ')}`);
    if (await this.keys.existsBy({ name: trimmed }))
      throw new ApiKeyError(`a key named "${trimmed}" already exists`);
    const fresh = generateApiKey();
    const row = await this.keys.save(
      this.keys.create({ name: trimmed, role, prefix: fresh.prefix, keySha256: fresh.hash }),
    );
    return { key: fresh.key, listing: listing(row) };
  }

  async list(): Promise<ApiKeyListing[]> {
    return (await this.keys.find({ order: { createdAt: 'ASC' } })).map(listing);
  }

  /** Revokes by id or name; revoking twice keeps the first date. */
  async revoke(idOrName: string): Promise<ApiKeyListing> {
    const row = await this.keys.findOneBy(
      UUID.test(idOrName) ? { id: idOrName } : { name: idOrName.trim() },
    );
    if (!row) throw new ApiKeyError(`no key with id or name "${idOrName}"`);
    if (!row.revokedAt) {
      row.revokedAt = new Date();
      await this.keys.update(row.id, { revokedAt: row.revokedAt });
    }
    this.verified.forget(row.keySha256);
    return listing(row);
  }

  async authenticate(key: string): Promise<KeyCheck> {
    const prefix = apiKeyPrefix(key);
    if (!prefix) return NOT_VALID;
    const hash = hashApiKey(key);
    const known = this.verified.get(hash);
    if (known) return { ok: true, principal: known };
    const row = await this.keys.findOneBy({ prefix });
    if (!row || !apiKeyMatches(key, row.keySha256)) return NOT_VALID;
    if (row.revokedAt) return { ok: false, reason: 'the API key has been revoked' };
    const now = new Date();
    // the row read says whether the stamp is due: no write at all on most checks
    if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS)
      await this.touch(row.id, now);
    const principal = { id: row.id, name: row.name, role: row.role };
    this.verified.remember(hash, principal);
    return { ok: true, principal };
  }

  /** Stamps the key's last use, unless another API instance has just done so. */
  private async touch(id: string, now: Date): Promise<void> {
    const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: now })
      .where('id = :id', { id })
      .andWhere('(last_used_at IS NULL OR last_used_at < :staleBefore)', { staleBefore })
      .execute();
  }
}

function listing(row: ApiKey): ApiKeyListing {
  const { id, name, role, prefix, createdAt, revokedAt, lastUsedAt } = row;
  return { id, name, role, prefix, createdAt, revokedAt, lastUsedAt };
}
