import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ArticleContent } from '../articles/article-content.entity';
import { Article } from '../articles/article.entity';
import { ClaimRecord } from '../claims/claim.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DiscrepancyRefreshService } from '../discrepancies/discrepancy-refresh.service';
import { fetchArticle, fetchPolicy } from '../fetching/article-fetcher';
import type { ArticleInput } from '../parsing/parsed-article';
import { storableText } from '../parsing/util/readable-text';
import { extractArticle, type ExtractionResult } from '../pipeline/extract-article';
import { PostEmbed } from '../posts/post-embed.entity';
import { StoriesService } from '../stories/stories.service';
import { articleProfile } from '../stories/story-profile';
import { claimRow, upsertPosts } from './post-writes';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
/** The article is no longer this worker's to finish: its lease lapsed and another took it up. */
export class LeaseLostError extends Error {}

/** One article through the pipeline: fetch → parse → extract → persist → detect. */
@Injectable()
export class IngestService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly stories: StoriesService,
    private readonly discrepancies: DiscrepancyRefreshService,
  ) {}

  /** Processes an article the worker `workerId` holds the lease on (see ArticleRuns.claim). */
  async ingest(articleId: string, workerId: string): Promise<void> {
    const article = await this.dataSource.getRepository(Article).findOneByOrFail({ id: articleId });
    const input = await this.loadInput(article);
    const result = extractArticle(input, `article ${articleId}`);
    // The story's comparison commits with the article: once a reader sees it processed, its
    // figures are already weighed.
    await this.dataSource.transaction(async (manager) => {
      await this.assertHolder(manager, articleId, workerId);
      const { storyId, changedPostIds } = await this.persist(manager, article, input, result);
      await this.discrepancies.refreshArticle(manager, storyId, articleId, changedPostIds);
      for (const other of await storiesEmbedding(manager, changedPostIds, storyId))
        await this.discrepancies.refreshStory(manager, other);
    });
  }

  /**
   * Locks the row and checks the lease is still this worker's, so a worker that stalled past its
   * lease never writes over (or beside) the one that took the article over.
   */
  private async assertHolder(
    manager: EntityManager,
    articleId: string,
    workerId: string,
  ): Promise<void> {
    const [row]: { status: string; worker_id: string | null }[] = await manager.query(
      `SELECT status, worker_id FROM articles WHERE id = $1 FOR UPDATE`,
      [articleId],
    );
    if (row?.status !== 'processing' || row.worker_id !== workerId)
      throw new LeaseLostError(
        `article ${articleId} was taken over by another try; this one stops`,
      );
  }

  private async loadInput(article: Article): Promise<ArticleInput> {
    const contents = this.dataSource.getRepository(ArticleContent);
    let content = await contents.findOneByOrFail({ articleId: article.id });
    if (content.raw === null) {
      if (!article.submittedUrl)
        throw new Error('the article has neither content nor a URL to fetch');
      const fetched = await fetchArticle(article.submittedUrl, fetchPolicy(this.config));
      const raw = storableText(fetched.content);
      await contents.update(article.id, {
        raw,
        format: fetched.format,
        sha256: sha256(raw),
        fetchedAt: new Date(),
      });
      content = await contents.findOneByOrFail({ articleId: article.id });
    }
    return {
      format: content.format ?? 'text',
      content: content.raw ?? '',
      url: article.submittedUrl,
      publishedAt: article.submittedPublishedAt,
    };
  }

  /** Replaces the article's derived rows in one transaction, so re-processing is idempotent. */
  private async persist(
    manager: EntityManager,
    article: Article,
    input: ArticleInput,
    result: ExtractionResult,
  ): Promise<{ storyId: string; changedPostIds: string[] }> {
    const meta = result.article;
    const mainCountry = result.mainCountry;
    await manager.query(
      `WITH gone_claims AS (DELETE FROM claims WHERE article_id = $1) DELETE FROM post_embeds WHERE article_id = $1`,
      [article.id],
    );
    const posts = await upsertPosts(manager, result);
    if (posts.embeds.length)
      await manager.insert(
        PostEmbed,
        posts.embeds.map((postId, position) => ({ articleId: article.id, position, postId })),
      );
    const own = result.claims.filter((c) => c.source.kind === 'article');
    await insertClaims(manager, [
      ...own.map((c, position) => claimRow(c, position, { articleId: article.id, postId: null })),
      ...posts.claimRows,
    ]);

    // The story's row stays locked to commit: taken after the article's own writes, it is held the less.
    const story = await this.stories.assign(
      manager,
      article,
      articleProfile({
        title: meta.title,
        body: result.body,
        postTexts: result.posts.map((p) => p.text),
        publishedAt: meta.publishedAt ?? input.publishedAt ?? null,
        mainCountry,
        claims: result.claims,
      }),
    );
    await manager.update(ArticleContent, article.id, { bodyText: result.body });
    await manager.update(Article, article.id, {
      status: 'processed',
      error: null,
      leaseUntil: null,
      workerId: null,
      storyId: story.id,
      title: article.submittedTitle ?? meta.title,
      author: article.submittedAuthor ?? meta.author,
      authors: meta.authors,
      publishedAt: meta.publishedAt,
      modifiedAt: meta.modifiedAt,
      place: meta.place,
      site: article.submittedSite ?? meta.site,
      url: meta.url ?? article.submittedUrl,
      language: meta.language,
      mainCountry,
      processedAt: new Date(),
    });
    return { storyId: story.id, changedPostIds: posts.changedPostIds };
  }
}

/**
 * Claim rows per INSERT: one statement carries at most 65,535 bind parameters (a claim row has
 * about a dozen), so a page with thousands of figures is stored in several statements.
 */
const CLAIM_INSERT_BATCH = 1000;

async function insertClaims(manager: EntityManager, rows: Partial<ClaimRecord>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CLAIM_INSERT_BATCH) {
    await manager.insert(ClaimRecord, rows.slice(start, start + CLAIM_INSERT_BATCH));
  }
}

/** Stories other than `except` whose articles embed one of the posts. */
async function storiesEmbedding(
  manager: EntityManager,
  postIds: string[],
  except: string,
): Promise<string[]> {
  if (!postIds.length) return [];
  const rows: { story_id: string }[] = await manager.query(
    `SELECT DISTINCT a.story_id FROM post_embeds e JOIN articles a ON a.id = e.article_id
      WHERE e.post_id = ANY($1) AND a.story_id IS NOT NULL AND a.story_id <> $2`,
    [postIds, except],
  );
  return rows.map((r) => r.story_id);
}
