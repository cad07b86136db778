import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Article } from '../articles/article.entity';
import { ClaimRecord } from '../claims/claim.entity';
import type { Metric } from '../claims/extract/claim';
import { SocialPost } from '../posts/social-post.entity';
import { Story } from '../stories/story.entity';
import { Discrepancy, type DiscrepancyStatus } from './discrepancy.entity';
import { ReviewEvent } from './review-event.entity';
import { reviewTransitionError, type ReviewDecision } from './review-transitions';
import type { DiscrepancyKind } from './rules/comparable-claim';

export interface DiscrepancyQuery {
  page: number;
  limit: number;
  story?: string;
  status?: DiscrepancyStatus;
  kind?: DiscrepancyKind;
  metric?: Metric;
  minSeverity?: number;
  sort: 'severity' | 'recent';
}

export class ReviewConflict extends Error {}

@Injectable()
export class DiscrepanciesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: DiscrepancyQuery) {
    const qb = this.dataSource
      .getRepository(Discrepancy)
      .createQueryBuilder('d')
      .innerJoinAndSelect('d.story', 's');
    if (query.story) qb.andWhere('s.key = :story', { story: query.story });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('d.kind = :kind', { kind: query.kind });
    if (query.metric) qb.andWhere('d.metric = :metric', { metric: query.metric });
    if (query.minSeverity !== undefined)
      qb.andWhere('d.severity >= :minSeverity', { minSeverity: query.minSeverity });
    qb.orderBy(query.sort === 'severity' ? 'd.severity' : 'd.updated_at', 'DESC').addOrderBy(
      'd.id',
      'ASC',
    );
    const [rows, total] = await qb
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    return { items: await this.views(rows), total, page: query.page, limit: query.limit };
  }

  async findOne(id: string) {
    const row = await this.dataSource
      .getRepository(Discrepancy)
      .findOne({ where: { id }, relations: { story: true } });
    if (!row) return null;
    const [view] = await this.views([row]);
    return view;
  }

  async events(id: string) {
    if (!(await this.dataSource.getRepository(Discrepancy).existsBy({ id }))) return null;
    const events = await this.dataSource
      .getRepository(ReviewEvent)
      .find({ where: { discrepancyId: id }, order: { at: 'ASC' } });
    return events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      note: e.note,
      actor: e.actor,
      details: e.details,
      at: e.at,
    }));
  }

  /** A reviewer's decision; appended to the audit trail in the same transaction. */
  async review(id: string, decision: ReviewDecision, note: string | null, actor: string) {
    const found = await this.dataSource.transaction(async (manager) => {
      const d = await manager.findOne(Discrepancy, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) return false;
      const problem = reviewTransitionError(d.status, decision);
      if (problem) throw new ReviewConflict(problem);
      await manager.insert(ReviewEvent, {
        discrepancyId: id,
        action: decision,
        fromStatus: d.status,
        toStatus: decision,
        note,
        actor,
        details: null,
      });
      await manager.update(Discrepancy, id, { status: decision });
      return true;
    });
    return found ? this.findOne(id) : null;
  }

  /** Expands each discrepancy's values with the claims behind them and their provenance. */
  private async views(rows: (Discrepancy & { story: Story })[]) {
    const claimIds = [...new Set(rows.flatMap((d) => d.values.flatMap((v) => v.claimIds)))];
    const claims = claimIds.length
      ? await this.dataSource.getRepository(ClaimRecord).findBy({ id: In(claimIds) })
      : [];
    const claimById = new Map(claims.map((c) => [c.id, c]));
    const postIds = [...new Set(claims.map((c) => c.postId).filter((x): x is string => !!x))];
    const posts = postIds.length
      ? await this.dataSource.getRepository(SocialPost).findBy({ id: In(postIds) })
      : [];
    const postById = new Map(posts.map((p) => [p.id, p]));
    const firstEmbedder = await this.firstEmbeddingArticles(postIds);
    const articleIds = [
      ...new Set(
        [...claims.map((c) => c.articleId), ...firstEmbedder.values()].filter(
          (x): x is string => !!x,
        ),
      ),
    ];
    const articles = articleIds.length
      ? await this.dataSource.getRepository(Article).findBy({ id: In(articleIds) })
      : [];
    const articleById = new Map(articles.map((a) => [a.id, a]));

    const claimEvidence = (id: string) => {
      const c = claimById.get(id);
      if (!c) return null;
      const articleId = c.articleId ?? (c.postId ? (firstEmbedder.get(c.postId) ?? null) : null);
      const article = articleId ? articleById.get(articleId) : undefined;
      const post = c.postId ? postById.get(c.postId) : undefined;
      const source = post
        ? {
            kind: 'post' as const,
            postId: post.id,
            platform: post.platform,
            handle: post.handle,
            authorName: post.authorName,
            url: post.url,
            postedAt: post.postedAt,
          }
        : {
            kind: 'article' as const,
            articleId,
            title: article?.title ?? null,
            site: article?.site ?? null,
            author: article?.author ?? null,
            url: article?.url ?? null,
            publishedAt: article?.publishedAt ?? null,
          };
      return {
        id: c.id,
        quote: c.quote,
        source,
        attribution: c.attribution,
        asOf: c.asOf,
        location: c.location,
        qualifier: c.qualifier,
        articleId,
        postId: c.postId,
      };
    };

    return rows.map((d) => ({
      id: d.id,
      story: d.story.key,
      storyId: d.storyId,
      metric: d.metric,
      subject: d.subject,
      location: d.location,
      kind: d.kind,
      status: d.status,
      severity: d.severity,
      rule: d.rule,
      explanation: d.explanation,
      values: d.values.map((v) => ({
        value: v.value,
        low: v.low,
        high: v.high,
        claims: v.claimIds.map(claimEvidence).filter((x) => x !== null),
      })),
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    }));
  }

  private async firstEmbeddingArticles(postIds: string[]): Promise<Map<string, string>> {
    if (!postIds.length) return new Map();
    const rows: { post_id: string; article_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (post_id) post_id, article_id FROM post_embeds WHERE post_id = ANY($1) ORDER BY post_id, first_seen_at`,
      [postIds],
    );
    return new Map(rows.map((r) => [r.post_id, r.article_id]));
  }
}
