import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';
import type { RedisThrottlerStorage } from './redis-throttler.storage';

/** The throttler's name for its one limit: the budget key is `<name>:<client address>`. */
const BUDGET = 'default';

/**
 * The API's rate limit for what is mounted on Express directly (the /admin sign-in and queue
 * board), which Nest's ThrottlerGuard never sees: the same budget per client in Redis, so a run
 * of key guesses at the sign-in form costs the same as one at any route.
 */
export function rateLimited(storage: RedisThrottlerStorage, config: AppConfig) {
  const window = config.rateLimitWindowMs;
  return (req: Request, res: Response, next: NextFunction): void => {
    const key = `${BUDGET}:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`;
    storage.increment(key, window, config.rateLimitMax, window).then((record) => {
      if (!record.isBlocked) return next();
      res.setHeader('Retry-After', String(Math.max(record.timeToBlockExpire, 1)));
      res.status(429).json({
        statusCode: 429,
        error: 'Too Many Requests',
        message: 'too many requests: wait for the Retry-After header seconds',
      });
    }, next);
  };
}
