import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import { IngestQueue } from '../ingestion/ingest-queue.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: IngestQueue,
  ) {}

  /** 200 when Postgres and Redis both answer, else 503 naming what is down. */
  @ApiOperation({ summary: 'Whether Postgres and Redis answer (no key needed)' })
  @ApiOkResponse({ description: '{status: ok, postgres: up, redis: up}' })
  @ApiResponse({ status: 503, description: 'Postgres or Redis is down: the body names which' })
  @SkipThrottle()
  @Public()
  @Get()
  async check(@Res({ passthrough: true }) res: Response) {
    const [postgres, redis] = await Promise.all([
      this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      ),
      this.queue.ping(),
    ]);
    const ok = postgres && redis;
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: ok ? 'ok' : 'unavailable',
      postgres: postgres ? 'up' : 'down',
      redis: redis ? 'up' : 'down',
    };
  }
}
