import { Module } from '@nestjs/common';
import { IngestQueueModule } from '../ingestion/ingest-queue.module';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';

/** GET /metrics on the API (the workers publish theirs through Redis: WorkerMetrics). */
@Module({
  imports: [IngestQueueModule],
  controllers: [MetricsController],
  providers: [MetricsService],
})
export class MetricsModule {}
