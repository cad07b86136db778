import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text format: queue depth, articles processed and failed, processing time. */
  @ApiOperation({ summary: 'Prometheus metrics: queue depth, articles processed and failed, time' })
  @ApiProduces('text/plain')
  @ApiOkResponse({
    description: 'Prometheus text exposition format (version 0.0.4)',
    schema: {
      type: 'string',
      example: '# TYPE ppt_ingest_queue_jobs gauge\nppt_ingest_queue_jobs{state="waiting"} 0\n',
    },
  })
  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.type(this.metrics.contentType());
    return this.metrics.text();
  }
}
