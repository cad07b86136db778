import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { fetchArticle, fetchPolicy, type FetchedArticle } from '../fetching/article-fetcher';
import { FetchError } from '../fetching/fetch-error';
import { IngestQueue } from '../ingestion/ingest-queue.service';
import { storableText } from '../parsing/util/readable-text';
import { ArticleContent } from './article-content.entity';
import { Article } from './article.entity';

export type RefetchOutcome =
  | { outcome: 'not-found' }
  | { outcome: 'not-a-url'; format: string }
  | { outcome: 'busy'; id: string; status: string }
  | { outcome: 'fetch-failed'; reason: string }
  | { outcome: 'retrying'; id: string }
  | { outcome: 'new-revision'; id: string; previousId: string }
  | { outcome: 'unchanged'; id: string; fetchedAt: Date | null };

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * POST /articles/:id/fetch. A failed URL article is queued again to be fetched anew. A processed
 * one is fetched now: when the page changed since the URL's latest revision, the new content is
 * a new revision (its own article row, sharing the URL, see GET /articles/:id/revisions); when it
 * did not, nothing is stored and the answer says so.
 */
@Injectable()
export class ArticleRefetchService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly queue: IngestQueue,
  ) {}

  async refetch(id: string): Promise<RefetchOutcome> {
    const article = await this.dataSource.getRepository(Article).findOneBy({ id });
    if (!article) return { outcome: 'not-found' };
    if (article.format !== 'url' || !article.submittedUrl)
      return { outcome: 'not-a-url', format: article.format };
    if (article.status === 'failed') return this.retry(article.id);
    const latest = await this.latestRevision(article.submittedUrl);
    if (latest.status !== 'processed' && latest.status !== 'failed')
      return { outcome: 'busy', id: latest.id, status: latest.status };
    let fetched: FetchedArticle;
    try {
      fetched = await fetchArticle(article.submittedUrl, fetchPolicy(this.config));
    } catch (err) {
      if (err instanceof FetchError) return { outcome: 'fetch-failed', reason: err.message };
      throw err;
    }
    return this.storeIfChanged(latest, fetched);
  }

  /** Back to queued with no content, so the worker fetches the URL again; only from failed. */
  private async retry(id: string): Promise<RefetchOutcome> {
    const reset = await this.dataSource.transaction(async (manager) => {
      // a CTE, because TypeORM answers a bare UPDATE … RETURNING with [rows, count], never empty
      const rows: { id: string }[] = await manager.query(
        `WITH reset AS (
           UPDATE articles SET status = 'queued', error = NULL, updated_at = now()
            WHERE id = $1 AND status = 'failed' RETURNING id)
         SELECT id FROM reset`,
        [id],
      );
      if (!rows.length) return false;
      await manager.update(ArticleContent, id, {
        raw: null,
        format: null,
        sha256: null,
        fetchedAt: null,
      });
      return true;
    });
    if (!reset) return { outcome: 'busy', id, status: 'queued' };
    await this.queue.enqueue(id);
    return { outcome: 'retrying', id };
  }

  /** The URL's most recently submitted revision (every revision keeps the submitted URL). */
  private async latestRevision(url: string): Promise<Article> {
    return this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .where('a.submitted_url = :url AND a.format = :format', { url, format: 'url' })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getOneOrFail();
  }

  private async storeIfChanged(latest: Article, fetched: FetchedArticle): Promise<RefetchOutcome> {
    const raw = storableText(fetched.content);
    const digest = sha256(raw);
    const stored = await this.dataSource
      .getRepository(ArticleContent)
      .findOneBy({ articleId: latest.id });
    if (stored?.sha256 === digest)
      return { outcome: 'unchanged', id: latest.id, fetchedAt: stored.fetchedAt };
    const id = await this.insertRevision(latest, raw, digest, fetched.format);
    if (id === null) {
      // the same new content was stored by a concurrent request a moment ago
      const current = await this.latestRevision(latest.submittedUrl!);
      return { outcome: 'unchanged', id: current.id, fetchedAt: null };
    }
    await this.queue.enqueue(id);
    return { outcome: 'new-revision', id, previousId: latest.id };
  }

  private async insertRevision(
    previous: Article,
    raw: string,
    digest: string,
    format: 'html' | 'text',
  ): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      // identity: the URL and what it served, so one content is one revision however often fetched
      const identity = sha256(`url\n${previous.submittedUrl}\n${digest}`);
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO articles (status, format, submission_sha256, submitted_url, submitted_published_at, requested_story)
         VALUES ('queued', 'url', $1, $2, $3, $4)
         ON CONFLICT (submission_sha256) DO NOTHING RETURNING id`,
        [identity, previous.submittedUrl, previous.submittedPublishedAt, previous.requestedStory],
      );
      if (!rows.length) return null;
      await manager.insert(ArticleContent, {
        articleId: rows[0].id,
        format,
        raw,
        sha256: digest,
        fetchedAt: new Date(),
        bodyText: null,
      });
      return rows[0].id;
    });
  }
}
