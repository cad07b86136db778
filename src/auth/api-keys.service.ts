import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { ApiKey } from './api-key.entity';
import { apiKeyMatches, apiKeyPrefix, generateApiKey } from './api-key-token';
import { isRole, ROLES, type Role } from './roles';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** lastUsedAt is a hint for admins, not an audit: one write a minute per key is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** Creates, lists, revokes and checks API keys; used by the API's guard and by the CLI. */
@Injectable()
export class ApiKeysService {
  private readonly keys: Repository<ApiKey>;

  constructor(dataSource: DataSource) {
    this.keys = dataSource.getRepository(ApiKey);
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
    return listing(row);
  }

  async authenticate(key: string): Promise<KeyCheck> {
    const prefix = apiKeyPrefix(key);
    const row = prefix ? await this.keys.findOneBy({ prefix }) : null;
    if (!row || !apiKeyMatches(key, row.keySha256))
      return { ok: false, reason: 'the API key is not valid' };
    if (row.revokedAt) return { ok: false, reason: 'the API key has been revoked' };
    await this.touch(row.id);
    return { ok: true, principal: { id: row.id, name: row.name, role: row.role } };
  }

  private async touch(id: string): Promise<void> {
    const now = new Date();
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
