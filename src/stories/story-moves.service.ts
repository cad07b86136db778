import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity';
import { DiscrepancyRefreshService } from '../discrepancies/discrepancy-refresh.service';
import { StoriesService } from './stories.service';
import { Story } from './story.entity';

export type ArticleMove =
  | { outcome: 'not_found' }
  | { outcome: 'moved' | 'unchanged'; id: string; story: string; previousStory: string | null };

export type StoryMerge =
  | { outcome: 'not_found'; what: string }
  | { outcome: 'same_story' }
  | { outcome: 'merged'; into: string; merged: string; articlesMoved: number };

/**
 * A story given or changed after submission, and two stories merged. Each change re-runs the
 * comparison of every story it touches in the same transaction, so flags never lag the grouping.
 */
@Injectable()
export class StoryMovesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stories: StoriesService,
    private readonly refresh: DiscrepancyRefreshService,
  ) {}

  async moveArticle(articleId: string, storyName: string): Promise<ArticleMove> {
    return this.dataSource.transaction(async (manager) => {
      const article = await manager.findOne(Article, {
        where: { id: articleId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!article) return { outcome: 'not_found' };
      const target = await this.stories.named(manager, storyName);
      const previous = article.storyId
        ? await manager.findOneBy(Story, { id: article.storyId })
        : null;
      const view = { id: articleId, story: target.key, previousStory: previous?.key ?? null };
      if (previous?.id === target.id) return { outcome: 'unchanged', ...view };
      // A queued article joins the story when the worker gets to it; a processed one moves now.
      await manager.update(Article, articleId, {
        requestedStory: storyName,
        storyId: article.status === 'processed' ? target.id : article.storyId,
      });
      if (article.status === 'processed') {
        await this.stories.widenFromArticle(manager, target.id, articleId);
        await this.refreshAll(manager, [previous?.id ?? null, target.id]);
      }
      return { outcome: 'moved', ...view };
    });
  }

  /** Moves every article of `from` into `into`, keeps reviewed flags, and drops `from`. */
  async merge(fromKeyOrId: string, intoKeyOrId: string): Promise<StoryMerge> {
    return this.dataSource.transaction(async (manager) => {
      const from = await findStory(manager, fromKeyOrId);
      const into = await findStory(manager, intoKeyOrId);
      if (!from) return { outcome: 'not_found', what: `story ${fromKeyOrId}` };
      if (!into) return { outcome: 'not_found', what: `story ${intoKeyOrId}` };
      if (from.id === into.id) return { outcome: 'same_story' };
      // an UPDATE answers [rows, count]
      const [moved] = (await manager.query(
        `UPDATE articles SET story_id = $2, requested_story = CASE WHEN requested_story IS NULL THEN NULL ELSE $3 END
          WHERE story_id = $1 RETURNING id`,
        [from.id, into.id, into.key],
      )) as [unknown[], number];
      // A flag of the merged story whose quantity the target has no flag for moves with its
      // decision and audit trail; the comparison below then updates it with the joined figures.
      await manager.query(
        `UPDATE discrepancies d SET story_id = $2 WHERE d.story_id = $1 AND NOT EXISTS (
           SELECT 1 FROM discrepancies t WHERE t.story_id = $2 AND t.metric = d.metric
              AND t.subject = d.subject AND t.location_key = d.location_key)`,
        [from.id, into.id],
      );
      await manager.query(
        `UPDATE stories SET first_date = LEAST(first_date, $2::date), last_date = GREATEST(last_date, $3::date),
                main_country = COALESCE(main_country, $4) WHERE id = $1`,
        [into.id, from.firstDate, from.lastDate, from.mainCountry],
      );
      await manager.delete(Story, { id: from.id });
      await this.refreshAll(manager, [into.id]);
      return { outcome: 'merged', into: into.key, merged: from.key, articlesMoved: moved.length };
    });
  }

  private async refreshAll(manager: EntityManager, storyIds: (string | null)[]): Promise<void> {
    // Always in id order, so two moves between the same stories lock them in the same order.
    const ids = [...new Set(storyIds.filter((x): x is string => !!x))].sort();
    for (const id of ids) await this.refresh.refreshStory(manager, id);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function findStory(manager: EntityManager, keyOrId: string): Promise<Story | null> {
  return manager.findOne(Story, {
    where: UUID.test(keyOrId) ? [{ id: keyOrId }, { key: keyOrId }] : { key: keyOrId },
  });
}
