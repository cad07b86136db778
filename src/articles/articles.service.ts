import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { ClaimRecord } from '../claims/claim.entity';
import { claimView } from '../claims/claim-view';
import { IngestQueue } from '../ingestion/ingest-queue.service';
import { PostEmbed } from '../posts/post-embed.entity';
import { toPostView } from '../posts/post-view';
import { Story } from '../stories/story.entity';
import { ArticleContent } from './article-content.entity';
import { Article, type ArticleStatus } from './article.entity';
import type { SubmitArticle } from './dto/submit-article.dto';

export interface SubmitResult {
  id: string;
  status: ArticleStatus;
  created: boolean;
}

export interface ArticleListQuery {
  page: number;
  limit: number;
  status?: ArticleStatus;
  story?: string;
}

/** The identity of a submission: identical content (or the same URL to fetch) is one article. */
function submissionHash(s: SubmitArticle): string {
  const identity = s.format === 'url' ? `url\n${s.url}` : `${s.format}\n${s.content}`;
  return createHash('sha256').update(identity).digest('hex');
}

@Injectable()
export class ArticlesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: IngestQueue,
  ) {}

  /** Commits the article row before answering; the queue only carries the work. */
  async submit(submission: SubmitArticle): Promise<SubmitResult> {
    const hash = submissionHash(submission);
    const inserted = await this.dataSource.transaction(async (manager) => {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO articles (status, format, submission_sha256, submitted_url, submitted_published_at, requested_story)
         VALUES ('queued', $1, $2, $3, $4, $5)
         ON CONFLICT (submission_sha256) DO NOTHING RETURNING id`,
        [submission.format, hash, submission.url, submission.publishedAt, submission.story],
      );
      if (!rows.length) return null;
      const content = submission.content;
      await manager.insert(ArticleContent, {
        articleId: rows[0].id,
        format: submission.format === 'url' ? null : submission.format,
        raw: content,
        sha256: content === null ? null : createHash('sha256').update(content).digest('hex'),
        fetchedAt: null,
        bodyText: null,
      });
      return rows[0].id;
    });
    if (inserted === null) {
      const existing = await this.dataSource.getRepository(Article).findOneByOrFail({ submissionSha256: hash });
      return { id: existing.id, status: existing.status, created: false };
    }
    await this.queue.enqueue(inserted);
    return { id: inserted, status: 'queued', created: true };
  }

  async findOne(id: string) {
    const article = await this.dataSource.getRepository(Article).findOne({ where: { id }, relations: { story: true } });
    if (!article) return null;
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
        source: c.postId ? { kind: 'post' as const, index: positionOf.get(c.postId)!, postId: c.postId } : { kind: 'article' as const },
      })),
    };
  }

  async list(query: ArticleListQuery) {
    const qb = this.dataSource
      .getRepository(Article)
      .createQueryBuilder('a')
      .leftJoin(Story, 's', 's.id = a.story_id')
      .select(['a.id', 'a.status', 'a.error', 'a.title', 'a.site', 'a.url', 'a.publishedAt', 'a.createdAt', 'a.storyId'])
      .addSelect('s.key', 'story_key');
    if (query.status) qb.andWhere('a.status = :status', { status: query.status });
    if (query.story) qb.andWhere('(s.key = :story OR a.requested_story = :story)', { story: query.story });
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
}
