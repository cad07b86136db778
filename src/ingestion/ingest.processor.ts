import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import type IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isRetryable } from '../fetching/fetch-error';
import { WorkerMetrics } from '../metrics/worker-metrics.service';
import { failedReason, isFinalFailure } from './article-run';
import { ArticleRuns } from './article-runs.service';
import { INGEST_QUEUE, type IngestJobData } from './ingest.job';
import { IngestService, LeaseLostError } from './ingest.service';
import type { QueuedArticle } from './queued-article';
import { createRedisConnection } from './redis-connection';
import { warmUpPipeline } from '../pipeline/extract-article';

/**
 * Takes ingest jobs off the queue and runs each article under a lease. The article row decides
 * what a job does (run, nothing, wait for the live holder, give up) and counts the tries, so a job
 * delivered twice, a stalled one redelivered, or one re-added by the reconciler all converge.
 */
@Injectable()
export class IngestProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IngestProcessor.name);
  private readonly workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private connection: IORedis | null = null;
  private worker: Worker<IngestJobData> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ingest: IngestService,
    private readonly runs: ArticleRuns,
    private readonly metrics: WorkerMetrics,
  ) {}

  onApplicationBootstrap(): void {
    warmUpPipeline();
    this.connection = createRedisConnection(this.config.redisUrl, 'worker');
    this.connection.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    this.worker = new Worker<IngestJobData>(
      INGEST_QUEUE,
      (job, token) => this.process(job, token),
      {
        connection: this.connection,
        prefix: this.config.queuePrefix,
        concurrency: this.config.workerConcurrency,
        lockDuration: this.config.jobLockMs,
        stalledInterval: Math.min(30000, this.config.jobLockMs),
        // The article row counts the tries, stalled ones included, and gives up with a reason;
        // BullMQ's own stall limit would fail the job with no word to the row.
        maxStalledCount: this.config.ingestAttempts,
      },
    );
    this.worker.on('failed', (job, err) => this.onFailed(job, err));
    this.worker.on('error', (err) => this.logger.warn(`worker: ${err.message}`));
  }

  async process(job: Job<IngestJobData>, token?: string): Promise<void> {
    const { articleId } = job.data;
    const decision = await this.runs.claim(articleId, this.workerId);
    if (!decision) {
      this.logger.warn(`article ${articleId} is gone; nothing to do`);
      return;
    }
    switch (decision.kind) {
      case 'done':
        return;
      case 'give-up':
        this.metrics.articleFailed();
        this.logger.error({ jobId: job.id }, `article ${articleId} failed: ${decision.reason}`);
        return;
      case 'held':
        await job.moveToDelayed(decision.until.getTime() + 100, token);
        throw new DelayedError();
      case 'run':
        return this.run(articleId, decision.attempt, decision.article);
    }
  }

  private async run(articleId: string, attempt: number, article?: QueuedArticle): Promise<void> {
    const lease = this.runs.hold(articleId, this.workerId);
    try {
      await this.metrics.time(() => this.ingest.ingest(articleId, this.workerId, article));
      // the job id is the article id
      this.logger.log({ jobId: articleId, attempt }, 'article processed');
    } catch (err) {
      await this.afterFailedTry(articleId, attempt, err as Error);
    } finally {
      lease.stop();
    }
  }

  /**
   * Rethrows for BullMQ: the error itself to retry, an UnrecoverableError when this was the last
   * try or when trying again cannot help (a refused or missing page fails the same way again).
   */
  private async afterFailedTry(articleId: string, attempt: number, err: Error): Promise<never> {
    if (err instanceof LeaseLostError) {
      this.logger.warn({ jobId: articleId }, err.message);
      throw new UnrecoverableError(err.message);
    }
    const max = this.config.ingestAttempts;
    if (!isFinalFailure(attempt, max, isRetryable(err))) {
      this.logger.warn(
        { jobId: articleId },
        `article ${articleId}: try ${attempt} of ${max} failed (${err.message}); retrying`,
      );
      await this.runs.release(articleId, this.workerId);
      throw err;
    }
    const reason = failedReason(attempt, max, err.message);
    this.metrics.articleFailed();
    this.logger.error({ jobId: articleId }, `article ${articleId} failed: ${reason}`);
    await this.runs.markFailed(articleId, reason, this.workerId);
    throw new UnrecoverableError(reason);
  }

  /** Failures the processor did not decide (a stall limit, a lost lock) leave the row to the reconciler. */
  private onFailed(job: Job<IngestJobData> | undefined, err: Error): void {
    if (!job || err instanceof UnrecoverableError || err.name === 'UnrecoverableError') return;
    this.logger.warn(`job for article ${job.data.articleId} ended: ${err.message}`);
  }

  /** SIGTERM: take no new jobs, finish the ones in flight, then let the connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    this.logger.warn('stopping: taking no new jobs, finishing those in flight');
    await this.worker?.close();
    this.connection?.disconnect();
  }
}
