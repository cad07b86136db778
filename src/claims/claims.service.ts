import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Article } from '../articles/article.entity';
import { supersededArticleIds } from '../articles/revision-queries';
import { toComparableClaim } from '../discrepancies/comparable-claims';
import { isWithin } from '../geo/gazetteer';
import { SocialPost } from '../posts/social-post.entity';
import { Story } from '../stories/story.entity';
import { ClaimRecord } from './claim.entity';
import { claimView } from './claim-view';
import type { Metric, Subject } from '../domain/vocabulary';
import { summariseHistory } from './history/claim-history';
import { originWords } from '../discrepancies/rules/explain';

export interface ClaimFilters {
  story?: string;
  metric?: Metric;
  subject?: Subject;
  location?: string;
  /** Part of any name in the attribution chain, case-insensitive. */
  attribution?: string;
  source?: 'article' | 'post';
  articleId?: string;
  postId?: string;
}

export interface ClaimListQuery extends ClaimFilters {
  page: number;
  limit: number;
}

export interface HistoryQuery {
  story: string;
  metric: Metric;
  subject: Subject;
  location?: string;
}

/** A claim and the article through which it reached its story (its own, or the first to embed its post). */
interface Reached {
  claimId: string;
  articleId: string;
  storyId: string | null;
}

@Injectable()
export class ClaimsService {
  constructor(private readonly dataSource: DataSource) {}

  /** The story a key or id names, or null. */
  async findStory(keyOrId: string): Promise<Story | null> {
    const repo = this.dataSource.getRepository(Story);
    return (
      (await repo.findOneBy({ key: keyOrId })) ??
      (isUuid(keyOrId) ? await repo.findOneBy({ id: keyOrId }) : null)
    );
  }

  async list(query: ClaimListQuery) {
    const { rows, total } = await this.reach(query, { page: query.page, limit: query.limit });
    const items = await this.describe(rows);
    return { items, total, page: query.page, limit: query.limit };
  }

  /** One quantity's values over time, with provenance, first-seen times, envelope and a conservative figure. */
  async history(query: HistoryQuery) {
    const story = await this.findStory(query.story);
    if (!story) return null;
    const { rows } = await this.reach({ ...query, story: story.id }, null);
    const described = await this.describe(rows);
    // The quantity's area: the place asked for, else the story's country. A figure for a place
    // inside it speaks for a part and never stands as the conservative total.
    const area = query.location ?? story.mainCountry;
    const summary = summariseHistory(
      described.map((d) => ({
        id: d.id,
        value: d.value,
        low: d.low,
        high: d.high,
        asOf: d.asOf,
        recordedAt: d.recordedAt,
        originKey: d.originKey,
        superseded: d.superseded,
        partOfArea: !!area && !!d.location && d.location !== area && isWithin(d.location, area),
        item: d,
      })),
    );
    const labelOf = new Map(described.map((d) => [d.originKey, d.originLabel]));
    return {
      story: story.key,
      storyId: story.id,
      metric: query.metric,
      subject: query.subject,
      location: query.location ?? null,
      claims: summary.timeline.map((t) => ({
        ...t.item,
        superseded: summary.superseded.has(t.id),
        partOfArea: t.partOfArea,
      })),
      values: summary.values,
      series: summary.series.map((s) => ({ ...s, originLabel: labelOf.get(s.originKey) ?? null })),
      envelope: summary.envelope,
      conservative: summary.conservative,
    };
  }

  /**
   * The claims matching the filters, each once with the article it reached the story through
   * (a post's claim: the first article in the story to embed the post), earliest asOf first.
   */
  private async reach(
    filters: ClaimFilters,
    page: { page: number; limit: number } | null,
  ): Promise<{ rows: Reached[]; total: number }> {
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const claimWhere: string[] = [];
    if (filters.metric) claimWhere.push(`c.metric = ${p(filters.metric)}`);
    if (filters.subject) claimWhere.push(`c.subject = ${p(filters.subject)}`);
    if (filters.source === 'article') claimWhere.push('c.article_id IS NOT NULL');
    if (filters.source === 'post') claimWhere.push('c.post_id IS NOT NULL');
    if (filters.postId) claimWhere.push(`c.post_id = ${p(filters.postId)}`);
    if (filters.attribution)
      claimWhere.push(
        `EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.attribution) who WHERE strpos(lower(who), lower(${p(filters.attribution)})) > 0)`,
      );
    const story = !filters.story
      ? null
      : isUuid(filters.story)
        ? { id: filters.story }
        : await this.findStory(filters.story);
    if (filters.story && !story) return { rows: [], total: 0 };
    if (filters.location) {
      const places = await this.placesWithin(filters.location, filters, story?.id ?? null);
      claimWhere.push(
        `(c.location = ANY(${p(places.locations)}) OR (c.location IS NULL AND c.country = ANY(${p(places.countries)})))`,
      );
    }
    const articleWhere: string[] = [];
    if (story) articleWhere.push(`a.story_id = ${p(story.id)}`);
    if (filters.articleId) articleWhere.push(`a.id = ${p(filters.articleId)}`);
    const cw = claimWhere.length ? `AND ${claimWhere.join(' AND ')}` : '';
    const aw = articleWhere.length ? `AND ${articleWhere.join(' AND ')}` : '';
    const paging = page ? `LIMIT ${p(page.limit)} OFFSET ${p((page.page - 1) * page.limit)}` : '';
    const rows: { claim_id: string; article_id: string; story_id: string | null; total: string }[] =
      await this.dataSource.query(
        `WITH reach AS (
         SELECT c.id AS claim_id, a.id AS article_id, a.story_id, a.created_at AS seen
           FROM claims c JOIN articles a ON a.id = c.article_id
          WHERE true ${cw} ${aw}
         UNION ALL
         SELECT c.id, a.id, a.story_id, e.first_seen_at
           FROM claims c JOIN post_embeds e ON e.post_id = c.post_id JOIN articles a ON a.id = e.article_id
          WHERE true ${cw} ${aw}
       ), picked AS (
         SELECT DISTINCT ON (claim_id) claim_id, article_id, story_id FROM reach ORDER BY claim_id, seen, article_id
       )
       SELECT p.claim_id, p.article_id, p.story_id, count(*) OVER () AS total
         FROM picked p JOIN claims c ON c.id = p.claim_id
        ORDER BY c.as_of NULLS LAST, c.created_at, c.position, c.id
        ${paging}`,
        params,
      );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page && page.page > 1) {
      // Past the last page: still report how many there are.
      const all = await this.reach(filters, null);
      total = all.total;
    }
    return {
      rows: rows.map((r) => ({
        claimId: r.claim_id,
        articleId: r.article_id,
        storyId: r.story_id,
      })),
      total,
    };
  }

  /**
   * The stored locations (and, for claims without one, countries) inside `location`. Within a story
   * only the story's claims are looked at (they are the only ones the location can pick out), so
   * the DISTINCT no longer reads the quantity's claims over the whole archive.
   */
  private async placesWithin(
    location: string,
    filters: ClaimFilters,
    storyId: string | null,
  ): Promise<{ locations: string[]; countries: string[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filters.metric) where.push(`c.metric = $${params.push(filters.metric)}`);
    if (filters.subject) where.push(`c.subject = $${params.push(filters.subject)}`);
    if (storyId) {
      const story = `$${params.push(storyId)}`;
      where.push(
        `(c.article_id IN (SELECT id FROM articles WHERE story_id = ${story})
          OR c.post_id IN (SELECT e.post_id FROM post_embeds e JOIN articles a ON a.id = e.article_id
                            WHERE a.story_id = ${story}))`,
      );
    }
    const rows: { location: string | null; country: string | null }[] = await this.dataSource.query(
      `SELECT DISTINCT c.location, c.country FROM claims c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`,
      params,
    );
    const inside = (place: string | null) => place !== null && isWithin(place, location);
    return {
      locations: [...new Set(rows.filter((r) => inside(r.location)).map((r) => r.location!))],
      countries: [
        ...new Set(
          rows.filter((r) => r.location === null && inside(r.country)).map((r) => r.country!),
        ),
      ],
    };
  }

  /** Each claim with its source, its provenance and the independent origin it speaks for. */
  private async describe(rows: Reached[]) {
    if (!rows.length) return [];
    // Independent reads side by side: on a busy machine each round trip waits for a core, so five
    // in a row were most of a history request's time (npm run bench).
    const articleIds = [...new Set(rows.map((r) => r.articleId))];
    const storyIds = [...new Set(rows.map((r) => r.storyId).filter((x): x is string => !!x))];
    const [claims, articles, stories] = await Promise.all([
      this.dataSource.getRepository(ClaimRecord).findBy({ id: In(rows.map((r) => r.claimId)) }),
      this.dataSource.getRepository(Article).findBy({ id: In(articleIds) }),
      storyIds.length ? this.dataSource.getRepository(Story).findBy({ id: In(storyIds) }) : [],
    ]);
    const postIds = [...new Set(claims.map((c) => c.postId).filter((x): x is string => !!x))];
    const ownArticleIds = [
      ...new Set(claims.map((c) => c.articleId).filter((x): x is string => !!x)),
    ];
    const [posts, superseded] = await Promise.all([
      postIds.length ? this.dataSource.getRepository(SocialPost).findBy({ id: In(postIds) }) : [],
      supersededArticleIds(this.dataSource, ownArticleIds),
    ]);
    const claimById = new Map(claims.map((c) => [c.id, c]));
    const articleById = new Map(articles.map((a) => [a.id, a]));
    const postById = new Map(posts.map((p) => [p.id, p]));
    const storyKey = new Map(stories.map((s) => [s.id, s.key]));

    return rows.map((r) => {
      const c = claimById.get(r.claimId)!;
      const article = articleById.get(r.articleId);
      const post = c.postId ? postById.get(c.postId) : undefined;
      const comparable = toComparableClaim({
        claim: c,
        articleId: r.articleId,
        articleUrl: article?.url ?? null,
        articleSite: article?.site ?? null,
        postedAtPrecision: post?.postedAtPrecision ?? null,
        postHandle: post?.handle ?? null,
        postAuthor: post?.authorName ?? null,
      });
      const { originKey } = comparable;
      return {
        id: c.id,
        ...claimView(c),
        story: r.storyId ? (storyKey.get(r.storyId) ?? null) : null,
        source: c.postId
          ? { kind: 'post' as const, postId: c.postId }
          : { kind: 'article' as const },
        articleId: r.articleId,
        postId: c.postId,
        article: article
          ? {
              id: article.id,
              title: article.title,
              site: article.site,
              url: article.url ?? article.submittedUrl,
              author: article.author,
              publishedAt: article.publishedAt ?? article.submittedPublishedAt,
            }
          : null,
        post: post
          ? {
              id: post.id,
              platform: post.platform,
              handle: post.handle,
              authorName: post.authorName,
              url: post.url,
              postedAt: post.postedAt,
            }
          : null,
        originKey,
        originLabel: originWords(comparable),
        /** A later revision of the same article replaced this figure. */
        superseded: c.articleId !== null && superseded.has(c.articleId),
        recordedAt: c.createdAt.toISOString(),
      };
    });
  }
}

function isUuid(s: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
}
