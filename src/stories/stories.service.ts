import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity';
import { Story } from './story.entity';
import { automaticStoryKey, chooseStory, type ArticleScope } from './story-assignment';
import { mergeTerms } from './story-terms';

@Injectable()
export class StoriesService {
  /** Finds or creates the story an article belongs to, inside the caller's transaction. */
  async assign(
    manager: EntityManager,
    requested: string | null,
    scope: ArticleScope,
    articleId: string,
  ): Promise<Story> {
    const story = requested
      ? await this.named(manager, requested)
      : await this.automatic(manager, scope, articleId);
    await this.widen(manager, story, scope);
    return story;
  }

  /** The story of that name, created when new. */
  async named(manager: EntityManager, name: string): Promise<Story> {
    await manager.query(
      `INSERT INTO stories (key, name, automatic) VALUES ($1, $1, false) ON CONFLICT (key) DO NOTHING`,
      [name],
    );
    return manager.findOneByOrFail(Story, { key: name });
  }

  private async automatic(
    manager: EntityManager,
    scope: ArticleScope,
    articleId: string,
  ): Promise<Story> {
    // Serialises automatic assignment so two articles of one new event do not open two stories.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('stories:automatic'))`);
    // An article without a country can still join by the names it shares (the latest stories).
    const candidates = scope.mainCountry
      ? await manager.find(Story, { where: { automatic: true, mainCountry: scope.mainCountry } })
      : await manager.find(Story, {
          where: { automatic: true },
          order: { createdAt: 'DESC' },
          take: 200,
        });
    const chosen = chooseStory(candidates, scope);
    if (chosen) return manager.findOneByOrFail(Story, { id: chosen.id });
    const name = scope.mainCountry
      ? `${scope.mainCountry}, ${scope.date?.slice(0, 10) ?? 'undated'}`
      : 'Unplaced article';
    return manager.save(
      manager.create(Story, {
        key: automaticStoryKey(scope, articleId),
        name,
        automatic: true,
        mainCountry: scope.mainCountry,
        firstDate: scope.date?.slice(0, 10) ?? null,
        lastDate: scope.date?.slice(0, 10) ?? null,
      }),
    );
  }

  /** Stretches the story's dates and fills its main country from a processed article's own. */
  async widenFromArticle(
    manager: EntityManager,
    storyId: string,
    articleId: string,
  ): Promise<void> {
    const article = await manager.findOneByOrFail(Article, { id: articleId });
    const date = article.publishedAt ?? article.submittedPublishedAt;
    await this.widen(manager, { id: storyId } as Story, {
      mainCountry: article.mainCountry,
      date: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
    });
  }

  /** Stretches the story's date range and fills its main country from the article. */
  private async widen(manager: EntityManager, story: Story, scope: ArticleScope): Promise<void> {
    const date = scope.date?.slice(0, 10) ?? null;
    const current = await manager.findOneBy(Story, { id: story.id });
    const terms = mergeTerms(current?.terms ?? {}, scope.terms ?? []);
    await manager.query(
      `UPDATE stories SET
         terms = $4,
         main_country = COALESCE(main_country, $2),
         first_date = CASE WHEN $3::date IS NULL THEN first_date ELSE LEAST(COALESCE(first_date, $3::date), $3::date) END,
         last_date = CASE WHEN $3::date IS NULL THEN last_date ELSE GREATEST(COALESCE(last_date, $3::date), $3::date) END
       WHERE id = $1`,
      [story.id, scope.mainCountry, date, JSON.stringify(terms)],
    );
  }
}
