import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { type JobType, Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { INGEST_JOB, INGEST_QUEUE, type IngestJobData } from './ingest.job';
import { createRedisConnection } from './redis-connection';

const ENQUEUE_DEADLINE_MS = 3000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/** The producer side of the ingest queue. */
@Injectable()
export class IngestQueue implements OnModuleDestroy {
  private readonly logger = new Logger(IngestQueue.name);
  private readonly connection: IORedis;
  private readonly queue: Queue<IngestJobData>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.connection = createRedisConnection(config.redisUrl, 'producer');
    this.connection.on('error', (err) => this.logger.warn(`redis: ${err.message}`));
    this.queue = new Queue<IngestJobData>(INGEST_QUEUE, {
      connection: this.connection,
      prefix: config.queuePrefix,
      skipWaitingForReady: true,
    });
    this.queue.on('error', (err) => this.logger.warn(`queue: ${err.message}`));
  }

  /**
   * Puts the article on the queue; the article id is the job id, so a job already waiting or
   * running for it is not added twice. Returns false when Redis cannot be reached: the row stays
   * queued and the reconciler will enqueue it.
   */
  async enqueue(articleId: string): Promise<boolean> {
    try {
      const added = this.queue.add(
        INGEST_JOB,
        { articleId },
        {
          jobId: articleId,
          attempts: this.config.ingestAttempts,
          backoff: { type: 'exponential', delay: this.config.ingestBackoffMs },
          removeOnComplete: true,
          removeOnFail: true,
        },
      );
      await withDeadline(added, ENQUEUE_DEADLINE_MS);
      return true;
    } catch (err) {
      this.logger.warn(`could not enqueue article ${articleId}: ${(err as Error).message}`);
      return false;
    }
  }

  /**
   * Puts back on the queue an article whose job is gone (lost with Redis, or removed after
   * BullMQ gave up on it) or finished while its row says otherwise. A job still waiting, delayed
   * or running is left alone. Returns whether a job was added.
   */
  async requeue(articleId: string): Promise<boolean> {
    try {
      const state = await withDeadline(this.queue.getJobState(articleId), ENQUEUE_DEADLINE_MS);
      if (state === 'completed' || state === 'failed') await this.queue.remove(articleId);
      else if (state !== 'unknown') return false;
    } catch (err) {
      this.logger.warn(`could not look up the job of ${articleId}: ${(err as Error).message}`);
      return false;
    }
    return this.enqueue(articleId);
  }

  /** How many jobs are in each state (for GET /metrics). */
  async jobCounts<S extends JobType>(states: readonly S[]): Promise<Partial<Record<S, number>>> {
    return (await this.queue.getJobCounts(...states)) as Partial<Record<S, number>>;
  }

  /** The BullMQ queue itself, for the admin dashboard (Bull Board). */
  get bullQueue(): Queue<IngestJobData> {
    return this.queue;
  }

  async ping(): Promise<boolean> {
    try {
      return (await withDeadline(this.connection.ping(), ENQUEUE_DEADLINE_MS)) === 'PONG';
    } catch {
      return false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.queue.close().catch(() => undefined);
    this.connection.disconnect();
  }
}
