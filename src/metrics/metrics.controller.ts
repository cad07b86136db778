import { Controller, Get, Header, Res, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PUBLIC_ROUTE } from '../auth/auth.decorators';
import { ApiErrors } from '../common/api-docs';
import { MetricsAccessGuard } from './metrics-access.guard';
import type { Response } from 'express';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text format: queue depth, articles processed and failed, processing time. */
  @ApiOperation({
    summary: 'Prometheus metrics: queue depth, articles processed and failed, time',
    description: 'Bearer: the METRICS_TOKEN scrape token, or any API key (reader and up).',
  })
  @ApiBearerAuth('bearer')
  @ApiErrors(401, 403, 503)
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format (version 0.0.4)',
    schema: {
      type: 'string',
      example: '# TYPE ppt_ingest_queue_jobs gauge\nppt_ingest_queue_jobs{state="waiting"} 0\n',
    },
  })
  // The global key guard steps aside (without @Public's "no key" in the docs): this route's own
  // guard takes the scrape token as well as a key.
  @SetMetadata(PUBLIC_ROUTE, true)
  @UseGuards(MetricsAccessGuard)
  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.type(this.metrics.contentType());
    return this.metrics.text();
  }
}
