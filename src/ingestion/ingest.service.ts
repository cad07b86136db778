import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ArticleContent } from '../articles/article-content.entity';
import { Article } from '../articles/article.entity';
import { ClaimRecord } from '../claims/claim.entity';
import { claimView } from '../claims/claim-view';
import type { Claim } from '../domain/claim';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DiscrepancyRefreshService } from '../discrepancies/discrepancy-refresh.service';
import { fetchArticle, fetchPolicy } from '../fetching/article-fetcher';
import type { ArticleInput, ParsedPost } from '../parsing/parsed-article';
import { storableText } from '../parsing/util/readable-text';
import { extractArticle, type ExtractionResult } from '../pipeline/extract-article';
import { PostEmbed } from '../posts/post-embed.entity';
import { postIdentityKey } from '../posts/post-identity';
import { StoriesService } from '../stories/stories.service';
import { articleTerms } from '../stories/story-terms';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const isoDay = (value: string | null): string | null =>
  value && /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)))
    ? value.slice(0, 10)
    : null;

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
      await this.discrepancies.refreshStory(manager, storyId);
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
    const story = await this.stories.assign(
      manager,
      article.requestedStory,
      {
        mainCountry,
        date: isoDay(meta.publishedAt ?? input.publishedAt ?? null),
        terms: articleTerms(`${meta.title ?? ''}\n${result.body}`),
      },
      article.id,
    );

    await manager.delete(ClaimRecord, { articleId: article.id });
    await manager.delete(PostEmbed, { articleId: article.id });
    const changedPostIds: string[] = [];
    for (const [index, post] of result.posts.entries()) {
      const { postId, claimsChanged } = await this.upsertPost(
        manager,
        post,
        result.claims.filter((c) => c.source.kind === 'post' && c.source.index === index),
      );
      if (claimsChanged) changedPostIds.push(postId);
      await manager.insert(PostEmbed, { articleId: article.id, position: index, postId });
    }
    const own = result.claims.filter((c) => c.source.kind === 'article');
    await insertClaims(
      manager,
      own.map((c, position) => claimRow(c, position, { articleId: article.id, postId: null })),
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
    return { storyId: story.id, changedPostIds };
  }

  /**
   * One row per post identity. The post's claims follow the latest extraction of its stored text
   * (so a re-run after an extractor upgrade updates them); an article that renders the post with
   * another text (truncated, translated) does not replace claims read from the stored one.
   */
  private async upsertPost(
    manager: EntityManager,
    post: ParsedPost,
    claims: Claim[],
  ): Promise<{ postId: string; claimsChanged: boolean }> {
    const identityKey = postIdentityKey(post);
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('post:' || $1))`, [identityKey]);
    const [row]: { id: string; text: string }[] = await manager.query(
      `INSERT INTO social_posts (identity_key, kind, platform, external_id, url, author_name, handle, posted_at, posted_at_precision,
                                 text, links, mentions, hashtags, media, markup_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (identity_key) DO UPDATE SET
         url = COALESCE(social_posts.url, EXCLUDED.url),
         author_name = COALESCE(social_posts.author_name, EXCLUDED.author_name),
         handle = COALESCE(social_posts.handle, EXCLUDED.handle),
         posted_at = COALESCE(social_posts.posted_at, EXCLUDED.posted_at),
         posted_at_precision = COALESCE(social_posts.posted_at_precision, EXCLUDED.posted_at_precision)
       RETURNING id, text`,
      [
        identityKey,
        post.kind,
        post.platform,
        post.externalId,
        post.url,
        post.authorName,
        post.handle,
        post.postedAt,
        post.postedAtPrecision,
        post.text,
        JSON.stringify(post.links),
        JSON.stringify(post.mentions),
        JSON.stringify(post.hashtags),
        JSON.stringify(post.media),
        post.markupSha256,
      ],
    );
    const fresh = claims.map((c, position) =>
      claimRow(c, position, { articleId: null, postId: row.id }),
    );
    const stored = await manager.findBy(ClaimRecord, { postId: row.id });
    const replace = stored.length ? row.text === post.text : fresh.length > 0;
    if (!replace || sameClaims(stored, fresh)) return { postId: row.id, claimsChanged: false };
    await manager.delete(ClaimRecord, { postId: row.id });
    await insertClaims(manager, fresh);
    return { postId: row.id, claimsChanged: true };
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

function claimRow(
  c: Claim,
  position: number,
  owner: { articleId: string | null; postId: string | null },
): Partial<ClaimRecord> {
  return { ...owner, position, ...claimView(c) };
}

/** Same figures, in the same order, with the same fields as a fresh extraction would store. */
function sameClaims(stored: ClaimRecord[], fresh: Partial<ClaimRecord>[]): boolean {
  if (stored.length !== fresh.length) return false;
  const byPosition = [...stored].sort((a, b) => a.position - b.position);
  return byPosition.every(
    (c, i) => JSON.stringify(claimView(c)) === JSON.stringify(claimView(fresh[i] as ClaimRecord)),
  );
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
