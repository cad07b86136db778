import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IngestQueue } from '../ingestion/ingest-queue.service';
import { findStory } from '../stories/story-lookup';

export type ReprocessScope = { story: string } | { all: true };

/**
 * Runs stored articles through the pipeline again (after an extractor upgrade): each is marked
 * queued and put on the queue; the worker re-extracts from the stored content and replaces the
 * derived rows, so discrepancies follow.
 */
@Injectable()
export class ReprocessService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: IngestQueue,
  ) {}

  /** The ids queued again, or null when the story does not exist. */
  async reprocess(scope: ReprocessScope): Promise<string[] | null> {
    let storyId: string | null = null;
    if ('story' in scope) {
      const found = await findStory(this.dataSource.manager, scope.story);
      if (!found) return null;
      storyId = found.story.id;
    }
    // Articles still waiting for their first run are left alone: the queue already holds them.
    // A fresh run: its tries are counted from zero (see ingestion/article-run.ts). A CTE, because
    // TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH requeued AS (
         UPDATE articles SET status = 'queued', error = NULL, attempts = 0, lease_until = NULL, worker_id = NULL
          WHERE status IN ('processed', 'failed') AND ($1::uuid IS NULL OR story_id = $1)
          RETURNING id)
       SELECT id FROM requeued`,
      [storyId],
    );
    const ids = rows.map((r) => r.id);
    // Its finished job may still be on the queue: requeue replaces it. A row the queue cannot take
    // now stays queued; the reconciler enqueues it later.
    for (const id of ids) await this.queue.requeue(id);
    return ids;
  }
}
