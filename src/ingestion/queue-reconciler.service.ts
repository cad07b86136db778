import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { unfinishedReason } from './article-run';
import { IngestQueue } from './ingest-queue.service';

const BATCH = 500;

/**
 * Postgres is the source of truth; the queue only carries the work. This puts back on the queue
 * the articles the queue lost track of: rows left `queued` (accepted while Redis was down, or
 * their job vanished with a Redis restart) and rows left `processing` whose worker's lease lapsed
 * (it crashed, or its job is gone). One whose tries are used up is marked failed instead. A row
 * whose job is still waiting, delayed or running is left to it.
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

  /** One pass; returns how many articles it re-enqueued or marked failed. */
  async reconcile(): Promise<number> {
    try {
      const failed = await this.failExhausted();
      const rows: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM articles
          WHERE updated_at < now() - ($1 || ' milliseconds')::interval
            AND (status = 'queued' OR (status = 'processing' AND (lease_until IS NULL OR lease_until < now())))
          ORDER BY updated_at LIMIT ${BATCH}`,
        [String(this.config.reconcileIntervalMs)],
      );
      let enqueued = 0;
      for (const { id } of rows) if (await this.queue.requeue(id)) enqueued++;
      if (enqueued) this.logger.log(`re-enqueued ${enqueued} article(s) left queued or stranded`);
      return failed + enqueued;
    } catch (err) {
      this.logger.warn(`reconcile failed: ${(err as Error).message}`);
      return 0;
    }
  }

  /** Stranded articles that have had all their tries: failed, with the reason. */
  private async failExhausted(): Promise<number> {
    const rows: { id: string; attempts: number }[] = await this.dataSource.query(
      `SELECT id, attempts FROM articles
        WHERE status = 'processing' AND attempts >= $1 AND (lease_until IS NULL OR lease_until < now())
          AND updated_at < now() - ($2 || ' milliseconds')::interval
        LIMIT ${BATCH}`,
      [this.config.ingestAttempts, String(this.config.reconcileIntervalMs)],
    );
    for (const { id, attempts } of rows) {
      await this.dataSource.query(
        `UPDATE articles SET status = 'failed', error = $2, lease_until = NULL, worker_id = NULL, updated_at = now()
          WHERE id = $1 AND status = 'processing' AND (lease_until IS NULL OR lease_until < now())`,
        [id, unfinishedReason(attempts)],
      );
    }
    if (rows.length)
      this.logger.warn(`marked ${rows.length} stranded article(s) failed: tries used up`);
    return rows.length;
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
