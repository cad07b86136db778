import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';
import { IngestQueue } from '../ingestion/ingest-queue.service';
import { HealthDto } from './health-response.dto';

const CHECK_TIMEOUT_MS = 3000;

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly postgres: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly queue: IngestQueue,
  ) {}

  /** 200 when Postgres and Redis both answer, else 503 with what is down (terminus's shape). */
  @ApiOperation({ summary: 'Whether Postgres and Redis answer (no key needed)' })
  @ApiOkResponse({ description: 'both answer', type: HealthDto })
  @ApiResponse({
    status: 503,
    description: 'Postgres or Redis is down: `error` names which',
    type: HealthDto,
  })
  @SkipThrottle()
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.postgres.pingCheck('postgres').withTimeout(CHECK_TIMEOUT_MS),
      () =>
        this.indicators
          .check('redis')
          .attempt(async () => {
            if (!(await this.queue.ping())) throw new Error('Redis did not answer PING');
          })
          .withTimeout(CHECK_TIMEOUT_MS),
    ]);
  }
}
