import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ClaimRecord } from '../claims/claim.entity';
import { claimView } from '../claims/claim-view';
import { IngestQueue } from '../ingestion/ingest-queue.service';
import { storableText } from '../parsing/util/readable-text';
import { PostEmbed } from '../posts/post-embed.entity';
import { toPostView } from '../posts/post-view';
import { storyIdSql } from '../stories/story-lookup';
import { Story } from '../stories/story.entity';
import { ArticleContent } from './article-content.entity';
import { Article, type ArticleStatus } from './article.entity';
import type { SubmitArticle } from './submission';
import { compareRevisions, diffRevisions, type RevisionFigure } from './revision-diff';

export interface SubmitResult {
  id: string;
  status: ArticleStatus;
  created: boolean;
  /** On a re-submission naming another story: the story it stays in, and what to do. */
  story?: string | null;
  message?: string;
}

export interface ArticleListQuery {
  page: number;
  limit: number;
  status?: ArticleStatus;
  story?: string;
}

/** The identity of a submission: identical content (or the same URL to fetch) is one article. */
function submissionHash(s: SubmitArticle): string {
  const hash = createHash('sha256');
  // fed in parts: the same digest as of the joined string, without copying a large page into one
  if (s.format === 'url') hash.update(`url\n${s.url}`);
  else hash.update(`${s.format}\n`).update(String(s.content));
  return hash.digest('hex');
}

/** The submission as Postgres can hold it: a NUL or a lone surrogate is no reason to refuse it. */
function storableSubmission(s: SubmitArticle): SubmitArticle {
  return {
    ...s,
    content: s.content === null ? null : storableText(s.content),
    story: s.story === null ? null : storableText(s.story),
  };
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: IngestQueue,
  ) {}

  /** Commits the article row before answering; the queue only carries the work. */
  async submit(submitted: SubmitArticle): Promise<SubmitResult> {
    const submission = storableSubmission(submitted);
    const hash = submissionHash(submission);
    const inserted = await this.insertSubmission(submission, hash);
    if (inserted === null) {
      const existing = await this.dataSource
        .getRepository(Article)
        .findOneOrFail({ where: { submissionSha256: hash }, relations: { story: true } });
      const current = existing.story?.key ?? existing.requestedStory;
      const unchanged = { id: existing.id, status: existing.status, created: false };
      if (submission.story === null || submission.story === current) return unchanged;
      // The same article again under another story: say so, and how to move it.
      return {
        ...unchanged,
        story: current,
        message: `already submitted${current ? ` in story "${current}"` : ''}; its story was not changed to "${submission.story}" (PATCH /articles/${existing.id} {"story": …} moves it)`,
      };
    }
    await this.queue.enqueue(inserted);
    return { id: inserted, status: 'queued', created: true };
  }

  /**
   * The article row and its content in one statement (one round trip, no transaction to open and
   * commit): the content goes in only when the article is new. Null when the same submission exists.
   */
  private async insertSubmission(submission: SubmitArticle, hash: string): Promise<string | null> {
    const content = submission.content;
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH article AS (
         INSERT INTO articles (status, format, submission_sha256, submitted_url, submitted_published_at,
                               requested_story, submitted_title, submitted_site, submitted_author)
         VALUES ('queued', $1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (submission_sha256) DO NOTHING RETURNING id
       ), content AS (
         INSERT INTO article_contents (article_id, format, raw, sha256)
         SELECT id, $9::text, $10::text, $11::text FROM article
       )
       SELECT id FROM article`,
      [
        submission.format,
        hash,
        submission.url,
        submission.publishedAt,
        submission.story,
        submission.title,
        submission.site,
        submission.author,
        submission.format === 'url' ? null : submission.format,
        content,
        content === null ? null : createHash('sha256').update(content).digest('hex'),
      ],
    );
    return rows[0]?.id ?? null;
  }

  async findOne(id: string) {
    const article = await this.dataSource
      .getRepository(Article)
      .findOne({ where: { id }, relations: { story: true } });
    if (!article) return null;
    // what was submitted or fetched, by its digest and time, without the (possibly large) text
    const content = await this.dataSource.getRepository(ArticleContent).findOne({
      where: { articleId: id },
      select: { articleId: true, format: true, sha256: true, fetchedAt: true },
    });
    const embeds = await this.dataSource.getRepository(PostEmbed).find({
      where: { articleId: id },
      relations: { post: true },
      order: { position: 'ASC' },
    });
    const postIds = embeds.map((e) => e.postId);
    const claims = await this.dataSource.getRepository(ClaimRecord).find({
      where: [{ articleId: id }, ...(postIds.length ? [{ postId: In(postIds) }] : [])],
      order: { position: 'ASC' },
    });
    const positionOf = new Map(embeds.map((e) => [e.postId, e.position]));
    const ownClaims = claims.filter((c) => c.articleId === id);
    const postClaims = embeds.flatMap((e) => claims.filter((c) => c.postId === e.postId));
    return {
      id: article.id,
      status: article.status,
      error: article.error,
      story: article.story?.key ?? article.requestedStory,
      storyId: article.storyId,
      submittedAt: article.createdAt,
      processedAt: article.processedAt,
      content: {
        format: content?.format ?? null,
        sha256: content?.sha256 ?? null,
        fetchedAt: content?.fetchedAt ?? null,
      },
      article: {
        title: article.title,
        author: article.author,
        authors: article.authors,
        publishedAt: article.publishedAt ?? article.submittedPublishedAt,
        modifiedAt: article.modifiedAt,
        place: article.place,
        site: article.site,
        url: article.url ?? article.submittedUrl,
        language: article.language,
      },
      posts: embeds.map((e) => ({ id: e.postId, ...toPostView(e.post) })),
      claims: [...ownClaims, ...postClaims].map((c) => ({
        id: c.id,
        ...claimView(c),
        source: c.postId
          ? { kind: 'post' as const, index: positionOf.get(c.postId)!, postId: c.postId }
          : { kind: 'article' as const },
      })),
    };
  }

  async list(query: ArticleListQuery) {
    const qb = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .leftJoin(Story, 's', 's.id = a.story_id')
      .select([
        'a.id',
        'a.status',
        'a.error',
        'a.title',
        'a.site',
        'a.url',
        'a.publishedAt',
        'a.createdAt',
        'a.storyId',
      ])
      .addSelect('s.key', 'story_key');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.story) {
      // every parameter storyIdSql binds is the key or id asked for
      const story = storyIdSql(query.story, () => ':story');
      qb.andWhere(`(a.story_id = ${story} OR a.requested_story = :story)`, { story: query.story });
    }
    const total = await qb.getCount();
    const { entities, raw } = await qb
      .orderBy('a.created_at', 'DESC')
      .offset((query.page - 1) * query.limit)
      .limit(query.limit)
      .getRawAndEntities();
    const items = entities.map((a, i) => ({
      id: a.id,
      status: a.status,
      error: a.error,
      story: (raw[i] as { story_key: string | null }).story_key,
      title: a.title,
      site: a.site,
      url: a.url,
      publishedAt: a.publishedAt,
      submittedAt: a.createdAt,
    }));
    return { items, total, page: query.page, limit: query.limit };
  }

  /**
   * All revisions of the article's canonical URL (each submission with different content is its
   * own row sharing the URL), oldest first, each with its figures and what changed since the
   * previous processed revision. An article without a URL is its only revision.
   */
  async revisions(id: string) {
    const repo = this.dataSource.getRepository(Article);
    const article = await repo.findOneBy({ id });
    if (!article) return null;
    const url = article.url ?? article.submittedUrl;
    const rows = url
      ? await repo
          .createQueryBuilder('a')
          .where('COALESCE(a.url, a.submitted_url) = :url', { url })
          .getMany()
      : [article];
    rows.sort((a, b) =>
      compareRevisions(
        {
          id: a.id,
          modifiedAt: a.modifiedAt,
          publishedAt: a.publishedAt,
          submittedAt: a.createdAt,
        },
        {
          id: b.id,
          modifiedAt: b.modifiedAt,
          publishedAt: b.publishedAt,
          submittedAt: b.createdAt,
        },
      ),
    );
    const claims = await this.dataSource
      .getRepository(ClaimRecord)
      .find({ where: { articleId: In(rows.map((r) => r.id)) }, order: { position: 'ASC' } });
    const figuresOf = (
      articleId: string,
    ): (RevisionFigure & {
      id: string;
      qualifier: string;
      attribution: string[];
      asOf: string | null;
    })[] =>
      claims
        .filter((c) => c.articleId === articleId)
        .map((c) => ({
          id: c.id,
          metric: c.metric,
          subject: c.subject,
          location: c.location,
          value: c.value,
          low: c.low,
          high: c.high,
          quote: c.quote,
          qualifier: c.qualifier,
          attribution: c.attribution,
          asOf: c.asOf,
        }));
    const processed = rows.filter((r) => r.status === 'processed');
    const latestId = processed.length ? processed[processed.length - 1].id : null;
    let previous: Article | null = null;
    const revisions = rows.map((r, index) => {
      const figures = figuresOf(r.id);
      const isProcessed = r.status === 'processed';
      const changes =
        isProcessed && previous ? diffRevisions(figuresOf(previous.id), figures) : null;
      const entry = {
        revision: index + 1,
        id: r.id,
        status: r.status,
        latest: r.id === latestId,
        title: r.title,
        publishedAt: r.publishedAt ?? r.submittedPublishedAt,
        modifiedAt: r.modifiedAt,
        submittedAt: r.createdAt,
        processedAt: r.processedAt,
        figures,
        /** Against the previous processed revision (null for the first, or while not processed). */
        previousId: isProcessed && previous ? previous.id : null,
        changes,
      };
      if (isProcessed) previous = r;
      return entry;
    });
    return { url, count: revisions.length, revisions };
  }
}
