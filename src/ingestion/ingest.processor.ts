import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import type IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isRetryable } from '../fetching/fetch-error';
import { INGEST_QUEUE, type IngestJobData } from './ingest.job';
import { IngestService } from './ingest.service';
import { createRedisConnection } from './redis-connection';

/** Takes ingest jobs off the queue and hands each to the IngestService. Runs in the worker process. */
@Injectable()
export class IngestProcessor implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(IngestProcessor.name);
  private connection: IORedis | null = null;
  private worker: Worker<IngestJobData> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly ingest: IngestService,
  ) {}

  onApplicationBootstrap(): void {
    this.connection = createRedisConnection(this.config.redisUrl, 'worker');
    this.connection.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    this.worker = new Worker<IngestJobData>(INGEST_QUEUE, (job) => this.process(job), {
      connection: this.connection,
      prefix: this.config.queuePrefix,
      concurrency: this.config.workerConcurrency,
    });
    this.worker.on('failed', (job, err) => void this.onFailed(job, err));
    this.worker.on('error', (err) => this.logger.warn(`worker: ${err.message}`));
  }

  async process(job: Job<IngestJobData>): Promise<void> {
    try {
      await this.ingest.ingest(job.data.articleId);
    } catch (err) {
      // a refusal (private address, 404, wrong content type, too large) fails the same way again
      if (isRetryable(err)) throw err;
      throw new UnrecoverableError((err as Error).message);
    }
  }

  private async onFailed(job: Job<IngestJobData> | undefined, err: Error): Promise<void> {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade < attempts && !(err instanceof UnrecoverableError)) {
      this.logger.warn(
        `article ${job.data.articleId}: try ${job.attemptsMade} of ${attempts} failed (${err.message}); retrying`,
      );
      return;
    }
    this.logger.error(
      `article ${job.data.articleId} failed after ${job.attemptsMade} tries: ${err.message}`,
    );
    await this.ingest
      .markFailed(job.data.articleId, err.message)
      .catch((e: Error) => this.logger.error(`could not mark failed: ${e.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
    this.connection?.disconnect();
  }
}
