import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { IngestQueue } from './ingest-queue.service';

/**
 * Postgres is the source of truth: an article accepted while Redis was down (or whose job was
 * lost) is still a queued row, and this puts it back on the queue. The job id is the article id,
 * so a row whose job is already waiting or running is not enqueued twice.
 */
@Injectable()
export class QueueReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(QueueReconciler.name);
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: IngestQueue,
  ) {}

  onApplicationBootstrap(): void {
    void this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), this.config.reconcileIntervalMs);
    this.timer.unref();
  }

  /** Re-enqueues rows left queued for longer than one interval; returns how many. */
  async reconcile(): Promise<number> {
    try {
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM articles WHERE status = 'queued' AND updated_at < now() - ($1 || ' milliseconds')::interval ORDER BY created_at LIMIT 500`,
        [String(this.config.reconcileIntervalMs)],
      );
      let enqueued = 0;
      for (const { id } of rows) if (await this.queue.enqueue(id)) enqueued++;
      if (enqueued) this.logger.log(`re-enqueued ${enqueued} queued article(s)`);
      return enqueued;
    } catch (err) {
      this.logger.warn(`reconcile failed: ${(err as Error).message}`);
      return 0;
    }
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
