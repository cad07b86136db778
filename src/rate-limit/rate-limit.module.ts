import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RedisThrottlerStorage } from './redis-throttler.storage';

@Module({ providers: [RedisThrottlerStorage], exports: [RedisThrottlerStorage] })
class ThrottlerStorageModule {}

/**
 * Requests per client address and window, counted in Redis so every API instance enforces one
 * limit; past it, 429 with Retry-After. Registered before AuthModule, so a flood of bad keys is
 * limited before it reaches the key lookups.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [ThrottlerStorageModule],
      inject: [APP_CONFIG, RedisThrottlerStorage],
      useFactory: (config: AppConfig, storage: RedisThrottlerStorage) => ({
        throttlers: [{ ttl: config.rateLimitWindowMs, limit: config.rateLimitMax }],
        storage,
        // One budget per client across routes, not one per route.
        generateKey: (_context, tracker, name) => `${name}:${tracker}`,
        errorMessage: 'too many requests: wait for the Retry-After header seconds',
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
})
export class RateLimitModule {}
