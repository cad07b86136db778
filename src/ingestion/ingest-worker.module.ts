import { Module } from '@nestjs/common';
import { DiscrepancyRulesModule } from '../discrepancies/discrepancy-rules.module';
import { WorkerMetrics } from '../metrics/worker-metrics.service';
import { StoriesModule } from '../stories/stories.module';
import { ArticleRuns } from './article-runs.service';
import { IngestQueueModule } from './ingest-queue.module';
import { IngestProcessor } from './ingest.processor';
import { IngestService } from './ingest.service';
import { QueueReconciler } from './queue-reconciler.service';

/** The worker side: consumes the queue and reconciles rows left queued. */
@Module({
  imports: [IngestQueueModule, StoriesModule, DiscrepancyRulesModule],
  providers: [IngestService, ArticleRuns, IngestProcessor, QueueReconciler, WorkerMetrics],
  exports: [IngestService, QueueReconciler],
})
export class IngestWorkerModule {}
