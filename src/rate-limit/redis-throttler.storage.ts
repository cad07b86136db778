import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** The client with the script below as a command of its own. */
type ThrottleRedis = IORedis & {
  throttleHit(
    windowKey: string,
    blockKey: string,
    ttlMs: number,
    limit: number,
    blockMs: number,
  ): Promise<[number, number, number]>;
};

/**
 * One fixed window per key: the first hit sets the window's expiry; a hit past the limit sets a
 * block key for `blockDuration`. Atomic, so API instances sharing the Redis share the counts.
 */
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
if hits > tonumber(ARGV[2]) then redis.call('SET', KEYS[2], '1', 'PX', ARGV[3], 'NX') end
return { hits, redis.call('PTTL', KEYS[1]), redis.call('PTTL', KEYS[2]) }
`;

/**
 * @nestjs/throttler's storage in Redis (@nest-lab/throttler-storage-redis does not support Nest 12).
 * When Redis does not answer, requests pass: the API keeps accepting articles through a Redis
 * outage (their rows are the source of truth), and a limit is not worth refusing them for.
 */
@Injectable()
export class RedisThrottlerStorage implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger('RateLimit');
  private readonly redis: ThrottleRedis;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.queuePrefix}:throttle:`;
    this.redis = new IORedis(config.redisUrl, {
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      connectTimeout: 2000,
      commandTimeout: 1000,
    }) as ThrottleRedis;
    // sent by its SHA-1 (EVALSHA) after the first call, not as 300 bytes of Lua on every request
    this.redis.defineCommand('throttleHit', { numberOfKeys: 2, lua: INCREMENT });
    this.redis.on('error', () => undefined); // reported once per failed request below
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
  ): Promise<ThrottlerStorageRecord> {
    try {
      const [hits, windowMs, blockMs] = await this.redis.throttleHit(
        this.prefix + key,
        `${this.prefix}${key}:blocked`,
        ttl,
        limit,
        blockDuration,
      );
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(Math.max(windowMs, 0) / 1000),
        isBlocked: blockMs > 0,
        timeToBlockExpire: Math.ceil(Math.max(blockMs, 0) / 1000),
      };
    } catch (err) {
      this.logger.warn(`rate limit not applied, Redis did not answer: ${(err as Error).message}`);
      return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis.disconnect();
  }
}
