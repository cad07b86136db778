import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ArticleContent } from '../articles/article-content.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DiscrepancyRefreshService } from '../discrepancies/discrepancy-refresh.service';
import { fetchArticle, fetchPolicy } from '../fetching/article-fetcher';
import { preparedQuery, transactionQuery } from '../database/prepared-query';
import type { ArticleInput } from '../parsing/parsed-article';
import { storableText } from '../parsing/util/readable-text';
import { extractArticle, type ExtractionResult } from '../pipeline/extract-article';
import { StoriesService } from '../stories/stories.service';
import { articleProfile } from '../stories/story-profile';
import { claimRow, writeArticleRows } from './article-writes';
import { postLockKeys, upsertPosts, type WrittenPosts } from './post-writes';
import {
  queuedArticle,
  queuedArticleColumns,
  type QueuedArticle,
  type QueuedArticleRow,
} from './queued-article';

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

  /**
   * Processes an article the worker `workerId` holds the lease on (see ArticleRuns.claim); `taken`:
   * the article as read when it was taken, else it is read here.
   */
  async ingest(articleId: string, workerId: string, taken?: QueuedArticle): Promise<void> {
    const article = taken ?? (await this.load(articleId));
    const input = await this.loadInput(article);
    const result = extractArticle(input, `article ${articleId}`);
    // The story's comparison commits with the article: once a reader sees it processed, its
    // figures are already weighed.
    await this.dataSource.transaction(async (manager) => {
      const { storyId, posts, hasRevisions } = await this.persist(
        manager,
        article,
        input,
        result,
        workerId,
      );
      await this.discrepancies.refreshArticle(manager, storyId, articleId, posts.changedPostIds, {
        hasRevisions,
      });
      for (const other of await storiesEmbedding(manager, posts.changedOlderPostIds, storyId))
        await this.discrepancies.refreshStory(manager, other);
    });
  }

  /** The article's submitted fields and its content, in one read. */
  private async load(articleId: string): Promise<QueuedArticle> {
    const [row] = await preparedQuery<QueuedArticleRow>(
      this.dataSource,
      `SELECT ${queuedArticleColumns('a')}, c.format, c.raw
         FROM articles a JOIN article_contents c ON c.article_id = a.id WHERE a.id = $1`,
      [articleId],
    );
    if (!row) throw new Error(`article ${articleId} or its content is gone`);
    return queuedArticle(row);
  }

  /** The article's text to extract from: as submitted, or fetched now (and stored) from its URL. */
  private async loadInput(article: QueuedArticle): Promise<ArticleInput> {
    let { format, raw } = article.content;
    if (raw === null) {
      if (!article.submittedUrl)
        throw new Error('the article has neither content nor a URL to fetch');
      const fetched = await fetchArticle(article.submittedUrl, fetchPolicy(this.config));
      raw = storableText(fetched.content);
      format = fetched.format;
      await this.dataSource.getRepository(ArticleContent).update(article.id, {
        raw,
        format,
        sha256: sha256(raw),
        fetchedAt: new Date(),
      });
    }
    return {
      format: format ?? 'text',
      content: raw,
      url: article.submittedUrl,
      publishedAt: article.submittedPublishedAt,
    };
  }

  /**
   * Replaces the article's derived rows in the caller's transaction, so re-processing is
   * idempotent, and marks it processed if the lease is still this worker's: a worker that stalled
   * past its lease throws LeaseLostError, and its writes roll back instead of landing over (or
   * beside) those of the worker that took the article over.
   */
  private async persist(
    manager: EntityManager,
    article: QueuedArticle,
    input: ArticleInput,
    result: ExtractionResult,
    workerId: string,
  ): Promise<{ storyId: string; posts: WrittenPosts; hasRevisions: boolean }> {
    const meta = result.article;
    const mainCountry = result.mainCountry;
    const url = meta.url ?? article.submittedUrl;
    await lockAndClear(manager, article, url, postLockKeys(result));
    const posts = await upsertPosts(manager, result);
    const own = result.claims.filter((c) => c.source.kind === 'article');
    const claims = own.map((c, i) => claimRow(c, i, { articleId: article.id, postId: null }));
    await writeArticleRows(
      manager,
      article.id,
      posts.embeds,
      [...claims, ...posts.claimRows],
      posts.changedPostIds,
    );

    // The story's row stays locked to commit: taken after the article's own writes, it is held the less.
    const story = await this.stories.assign(
      manager,
      article,
      articleProfile({
        title: meta.title,
        body: result.body,
        postTexts: result.posts.map((p) => p.text),
        postDates: result.posts.map((p) => p.postedAt),
        publishedAt: meta.publishedAt ?? input.publishedAt ?? null,
        mainCountry,
        claims: result.claims,
      }),
    );
    // A SELECT over the updated rows: for a statement that is an UPDATE, TypeORM answers
    // [rows, rowCount], whose length is 2 even when no row was updated (the lease was lost).
    const processed: { has_revisions: boolean }[] = await transactionQuery(
      manager,
      `WITH content AS (UPDATE article_contents SET body_text = $3 WHERE article_id = $1),
       revisions AS (
         UPDATE articles SET has_revisions = true
          WHERE url = $12 AND id <> $1 AND status = 'processed' AND NOT has_revisions),
       processed AS (
         UPDATE articles SET status = 'processed', error = NULL, lease_until = NULL, worker_id = NULL,
                story_id = $4, title = $5, author = $6, authors = $7, published_at = $8, modified_at = $9,
                place = $10, site = $11, url = $12, language = $13, main_country = $14,
                has_revisions = EXISTS (SELECT 1 FROM articles r
                                         WHERE r.url = $12 AND r.id <> $1 AND r.status = 'processed'),
                processed_at = now(), updated_at = now()
          WHERE id = $1 AND status = 'processing' AND worker_id = $2
          RETURNING id, has_revisions)
       SELECT id, has_revisions FROM processed`,
      [
        article.id,
        workerId,
        result.body,
        story.id,
        article.submittedTitle ?? meta.title,
        article.submittedAuthor ?? meta.author,
        JSON.stringify(meta.authors),
        meta.publishedAt,
        meta.modifiedAt,
        meta.place,
        article.submittedSite ?? meta.site,
        url,
        meta.language,
        mainCountry,
      ],
    );
    if (!processed.length)
      throw new LeaseLostError(
        `article ${article.id} was taken over by another try; this one stops`,
      );
    return { storyId: story.id, posts, hasRevisions: processed[0].has_revisions };
  }
}

/** Stories other than `except` whose articles embed one of the posts. */
async function storiesEmbedding(
  manager: EntityManager,
  postIds: string[],
  except: string,
): Promise<string[]> {
  if (!postIds.length) return [];
  const rows: { story_id: string }[] = await transactionQuery(
    manager,
    `SELECT DISTINCT a.story_id FROM post_embeds e JOIN articles a ON a.id = e.article_id
      WHERE e.post_id = ANY($1) AND a.story_id IS NOT NULL AND a.story_id <> $2`,
    [postIds, except],
  );
  return rows.map((r) => r.story_id);
}

/**
 * Takes the article's locks (its URL's, its story's row when re-processed, its posts', in that
 * order), and deletes the rows its last processing derived. A delete may run before or after the
 * locks of its statement: the rows are this article's, which no other writer touches.
 */
async function lockAndClear(
  manager: EntityManager,
  article: Pick<QueuedArticle, 'id' | 'storyId'>,
  url: string | null,
  postKeys: string[],
): Promise<void> {
  // An article's first processing, the usual case, takes all its locks and clears its rows in one
  // round trip; UNION ALL runs its branches in order, the URL's lock first. The locks hold to
  // commit, and nothing else writes an unprocessed article's rows. Two revisions of one URL are
  // processed one at a time: the first must be committed for the second to see it (and mark both).
  if (!article.storyId) {
    await transactionQuery(
      manager,
      `WITH gone_claims AS (DELETE FROM claims WHERE article_id = $1),
       gone_embeds AS (DELETE FROM post_embeds WHERE article_id = $1)
       SELECT pg_advisory_xact_lock(lock.key)
         FROM (SELECT hashtext('url:' || $2::text) AS key WHERE $2::text IS NOT NULL
               UNION ALL
               SELECT hashtext('post:' || post.key) FROM unnest($3::text[]) AS post(key)) lock`,
      [article.id, url, postKeys],
    );
    return;
  }
  if (url)
    await transactionQuery(manager, `SELECT pg_advisory_xact_lock(hashtext('url:' || $1))`, [url]);
  // An article re-processed in its story: its claims sit in the story's flags, whose refresh
  // (under the story's row lock) deletes flag links this delete also locks. Taking the row first,
  // as the refresh does, keeps two re-processed articles of one story from deadlocking.
  await transactionQuery(manager, `SELECT 1 FROM stories WHERE id = $1 FOR UPDATE`, [
    article.storyId,
  ]);
  await transactionQuery(
    manager,
    `WITH gone_claims AS (DELETE FROM claims WHERE article_id = $1),
     gone_embeds AS (DELETE FROM post_embeds WHERE article_id = $1)
     SELECT pg_advisory_xact_lock(hashtext('post:' || post.key)) FROM unnest($2::text[]) AS post(key)`,
    [article.id, postKeys],
  );
}
