import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity';
import { DiscrepancyRefreshService } from '../discrepancies/discrepancy-refresh.service';
import { StoriesService } from './stories.service';
import { Story } from './story.entity';
import { findStory } from './story-lookup';

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
        await this.stories.moveProfile(manager, articleId, previous?.id ?? null, target.id);
        await this.refreshAll(manager, [previous?.id ?? null, target.id]);
      }
      return { outcome: 'moved', ...view };
    });
  }

  /** Moves every article of `from` into `into`, keeps reviewed flags, and drops `from`. */
  async merge(fromKeyOrId: string, intoKeyOrId: string): Promise<StoryMerge> {
    return this.dataSource.transaction(async (manager) => {
      const from = (await findStory(manager, fromKeyOrId))?.story;
      const into = (await findStory(manager, intoKeyOrId))?.story;
      if (!from) return { outcome: 'not_found', what: `story ${fromKeyOrId}` };
      if (!into) return { outcome: 'not_found', what: `story ${intoKeyOrId}` };
      if (from.id === into.id) return { outcome: 'same_story' };
      const { articlesMoved } = await this.stories.absorb(manager, from.id, into.id, {
        automatic: false,
        score: null,
      });
      await this.refreshAll(manager, [into.id]);
      return { outcome: 'merged', into: into.key, merged: from.key, articlesMoved };
    });
  }

  private async refreshAll(manager: EntityManager, storyIds: (string | null)[]): Promise<void> {
    // Always in id order, so two moves between the same stories lock them in the same order.
    const ids = [...new Set(storyIds.filter((x): x is string => !!x))].sort();
    for (const id of ids) await this.refresh.refreshStory(manager, id);
  }
}
