import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Article } from '../articles/article.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { preparedQuery } from '../database/prepared-query';
import { decideRun, type RunDecision } from './article-run';
import {
  queuedArticle,
  queuedArticleColumns,
  type QueuedArticle,
  type QueuedArticleRow,
} from './queued-article';

const FAILURE_RECORD_TRIES = 6;

interface RunRow {
  status: Article['status'];
  attempts: number;
  lease_until: Date | null;
  worker_id: string | null;
  now: Date;
}

/** A decision on an article; a queued one taken to run comes with what the worker reads of it. */
export type ClaimDecision = RunDecision & { article?: QueuedArticle };

/** A lease being renewed while a job runs; stop() ends the renewal. */
export interface HeldLease {
  stop(): void;
}

/**
 * The article row's processing state: which worker holds an article and until when, how many
 * tries it has had, and its final failure. Every change is guarded by the holder's id, so a worker
 * that lost its lease (it stalled and another took over) changes nothing.
 */
@Injectable()
export class ArticleRuns {
  private readonly logger = new Logger(ArticleRuns.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * Decides under the row lock: for a run, takes the lease and counts the try; for a give-up,
   * records the failure with its reason.
   */
  async claim(articleId: string, workerId: string): Promise<ClaimDecision | null> {
    return (await this.takeQueued(articleId, workerId)) ?? this.decideLocked(articleId, workerId);
  }

  /**
   * A queued article, the usual case, runs as its first try whatever else its row says
   * (decideRun): taken in one statement, with no transaction to open and commit around a read, and
   * read in it (the worker's read of the article was a round trip of its own). Without its content
   * row the article comes without them, and the ingest's own read says it is gone.
   */
  private async takeQueued(articleId: string, workerId: string): Promise<ClaimDecision | null> {
    const rows = await preparedQuery<QueuedArticleRow & { has_content: boolean }>(
      this.dataSource,
      `WITH taken AS (
         UPDATE articles SET status = 'processing', attempts = 1, worker_id = $2,
                lease_until = now() + ($3 || ' milliseconds')::interval, updated_at = now()
          WHERE id = $1 AND status = 'queued' RETURNING ${queuedArticleColumns()})
       SELECT ${queuedArticleColumns('t')}, c.article_id IS NOT NULL AS has_content, c.format, c.raw
         FROM taken t LEFT JOIN article_contents c ON c.article_id = t.id`,
      [articleId, workerId, String(this.config.jobLockMs)],
    );
    if (!rows.length) return null;
    const [row] = rows;
    return { kind: 'run', attempt: 1, article: row.has_content ? queuedArticle(row) : undefined };
  }

  private async decideLocked(articleId: string, workerId: string): Promise<RunDecision | null> {
    return this.dataSource.transaction(async (manager) => {
      const rows: RunRow[] = await manager.query(
        `SELECT status, attempts, lease_until, worker_id, now() AS now FROM articles WHERE id = $1 FOR UPDATE`,
        [articleId],
      );
      if (!rows.length) return null;
      const [row] = rows;
      const state = {
        status: row.status,
        attempts: row.attempts,
        leaseUntil: row.lease_until,
        workerId: row.worker_id,
      };
      const decision = decideRun(state, row.now, this.config.ingestAttempts);
      if (decision.kind === 'run') {
        await manager.query(
          `UPDATE articles SET status = 'processing', attempts = $2, worker_id = $3,
                  lease_until = now() + ($4 || ' milliseconds')::interval, updated_at = now()
            WHERE id = $1`,
          [articleId, decision.attempt, workerId, String(this.config.jobLockMs)],
        );
      } else if (decision.kind === 'give-up') {
        await manager.query(
          `UPDATE articles SET status = 'failed', error = $2, lease_until = NULL, worker_id = NULL, updated_at = now()
            WHERE id = $1`,
          [articleId, decision.reason],
        );
      }
      return decision;
    });
  }

  /** Renews the lease every third of its length until stopped. */
  hold(articleId: string, workerId: string): HeldLease {
    const timer = setInterval(
      () => {
        this.dataSource
          .query(
            `UPDATE articles SET lease_until = now() + ($3 || ' milliseconds')::interval
            WHERE id = $1 AND worker_id = $2 AND status = 'processing'`,
            [articleId, workerId, String(this.config.jobLockMs)],
          )
          .catch((err: Error) =>
            this.logger.warn(`could not renew the lease on ${articleId}: ${err.message}`),
          );
      },
      Math.max(250, Math.floor(this.config.jobLockMs / 3)),
    );
    return { stop: () => clearInterval(timer) };
  }

  /** Lets go of an article after a try that will be retried, so the retry need not wait out the lease. */
  async release(articleId: string, workerId: string): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE articles SET lease_until = NULL, worker_id = NULL, updated_at = now()
          WHERE id = $1 AND worker_id = $2 AND status = 'processing'`,
        [articleId, workerId],
      )
      .catch((err: Error) => this.logger.warn(`could not release ${articleId}: ${err.message}`));
  }

  /**
   * Records the final failure of the holder's try, retrying while Postgres does not answer. If it
   * never does, the article stays `processing` with a lapsing lease, and the reconciler records the
   * failure later.
   */
  async markFailed(articleId: string, reason: string, workerId: string): Promise<boolean> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.dataSource.query(
          `UPDATE articles SET status = 'failed', error = $2, lease_until = NULL, worker_id = NULL, updated_at = now()
            WHERE id = $1 AND status = 'processing' AND worker_id = $3`,
          [articleId, reason.slice(0, 2000), workerId],
        );
        return true;
      } catch (err) {
        this.logger.warn(
          `could not record that ${articleId} failed (try ${attempt}): ${(err as Error).message}`,
        );
        if (attempt >= FAILURE_RECORD_TRIES) return false;
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
      }
    }
  }
}
