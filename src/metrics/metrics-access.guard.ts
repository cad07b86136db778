import { createHash, timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { authorize } from '../auth/api-key.guard';
import { ApiKeysService } from '../auth/api-keys.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();

/**
 * GET /metrics opens to the scrape token (METRICS_TOKEN) or to any API key. The token is compared
 * in constant time and needs no Postgres, so a scraper still reads the metrics while Postgres is
 * down, and the credential kept in Prometheus's configuration reads nothing else.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly token: Buffer | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly keys: ApiKeysService,
  ) {
    this.token = config.metricsToken === null ? null : digest(config.metricsToken);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const header = ctx.switchToHttp().getRequest<Request>().headers.authorization;
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (this.token && bearer && timingSafeEqual(digest(bearer), this.token)) return true;
    await authorize(this.keys, header, 'reader', () =>
      ctx.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer'),
    );
    return true;
  }
}
