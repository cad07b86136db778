import { hostname } from 'node:os';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type IORedis from 'ioredis';
import { Counter, Histogram, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { createRedisConnection } from '../ingestion/redis-connection';
import { workerMetricsKey } from './worker-metrics-key';

/** Seconds buckets for one article through fetch → parse → extract → persist → detect. */
const DURATION_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/**
 * The worker's own counters (articles processed and failed, processing time), published to Redis
 * every few seconds under a key that expires when the worker is gone.
 */
@Injectable()
export class WorkerMetrics implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WorkerMetrics.name);
  private readonly registry = new Registry();
  private readonly processed = new Counter({
    name: 'ppt_ingest_articles_processed_total',
    help: 'Articles the workers processed',
    registers: [this.registry],
  });
  private readonly failed = new Counter({
    name: 'ppt_ingest_articles_failed_total',
    help: 'Articles the workers gave up on after their last try',
    registers: [this.registry],
  });
  private readonly attemptsFailed = new Counter({
    name: 'ppt_ingest_attempts_failed_total',
    help: 'Tries that failed (retried or final)',
    registers: [this.registry],
  });
  private readonly duration = new Histogram({
    name: 'ppt_ingest_processing_seconds',
    help: 'Time to process one article, per try',
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly key: string;
  private connection: IORedis | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = workerMetricsKey(config.queuePrefix, `${hostname()}-${process.pid}`);
  }

  /** Runs one try of a job, counting and timing it. */
  async time<T>(work: () => Promise<T>): Promise<T> {
    const stop = this.duration.startTimer();
    try {
      const result = await work();
      this.processed.inc();
      return result;
    } catch (err) {
      this.attemptsFailed.inc();
      throw err;
    } finally {
      stop();
    }
  }

  articleFailed(): void {
    this.failed.inc();
  }

  onApplicationBootstrap(): void {
    this.connection = createRedisConnection(this.config.redisUrl, 'producer');
    this.connection.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    this.timer = setInterval(() => void this.publish(), this.config.metricsPublishMs);
    this.timer.unref();
  }

  async publish(): Promise<void> {
    try {
      const json = JSON.stringify(await this.registry.getMetricsAsJSON());
      const ttlSeconds = Math.ceil((this.config.metricsPublishMs * 3) / 1000) + 10;
      await this.connection?.set(this.key, json, 'EX', ttlSeconds);
    } catch (err) {
      this.logger.warn(`could not publish metrics: ${(err as Error).message}`);
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.publish();
    this.connection?.disconnect();
  }
}
