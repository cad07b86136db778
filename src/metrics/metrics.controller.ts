import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  /** Prometheus text format: queue depth, articles processed and failed, processing time. */
  @ApiOperation({ summary: 'Prometheus metrics: queue depth, articles processed and failed, time' })
  @ApiOkResponse({ description: 'Prometheus text exposition format' })
  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Res({ passthrough: true }) res: Response): Promise<string> {
    res.type(this.metrics.contentType());
    return this.metrics.text();
  }
}
