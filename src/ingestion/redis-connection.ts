import IORedis, { type RedisOptions } from 'ioredis';

/**
 * Workers block on Redis and must retry forever (maxRetriesPerRequest: null, as BullMQ requires);
 * the API's producer must fail fast instead (one retry, and a deadline on each add), so a
 * submission is never held up by a Redis outage: its row is committed first and the reconciler
 * enqueues it later.
 */
export function createRedisConnection(redisUrl: string, role: 'worker' | 'producer'): IORedis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null }
      : { maxRetriesPerRequest: 1, connectTimeout: 2000 };
  return new IORedis(redisUrl, { ...options, lazyConnect: false });
}
