import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type IORedis from 'ioredis';
import { AggregatorRegistry, Gauge, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { IngestQueue } from '../ingestion/ingest-queue.service';
import { createRedisConnection } from '../ingestion/redis-connection';
import { workerMetricsPattern } from './worker-metrics-key';

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;

/**
 * GET /metrics in Prometheus text: the queue's depth by state, read from Redis at each scrape,
 * and the sum of every live worker's counters (see WorkerMetrics).
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  private readonly logger = new Logger(MetricsService.name);
  private readonly registry = new Registry();
  private readonly connection: IORedis;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    queue: IngestQueue,
  ) {
    this.connection = createRedisConnection(config.redisUrl, 'producer');
    this.connection.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    new Gauge({
      name: 'ppt_ingest_queue_jobs',
      help: 'Jobs on the ingest queue, by state',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const counts = await queue.jobCounts(QUEUE_STATES);
        for (const state of QUEUE_STATES) this.set({ state }, counts[state] ?? 0);
      },
    });
  }

  contentType(): string {
    return this.registry.contentType;
  }

  async text(): Promise<string> {
    const workers = await this.workerSnapshots();
    const merged = workers.length
      ? Registry.merge([this.registry, AggregatorRegistry.aggregate(workers)])
      : this.registry;
    return merged.metrics();
  }

  private async workerSnapshots(): Promise<object[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await this.connection.scan(
        cursor,
        'MATCH',
        workerMetricsPattern(this.config.queuePrefix),
        'COUNT',
        100,
      );
      keys.push(...found);
      cursor = next;
    } while (cursor !== '0');
    if (!keys.length) return [];
    const values = await this.connection.mget(keys);
    return values.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as object);
  }

  onModuleDestroy(): void {
    this.connection.disconnect();
  }
}
