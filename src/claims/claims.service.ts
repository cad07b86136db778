import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { latestRevisions } from '../articles/revision-diff';
import { preparedQuery } from '../database/prepared-query';
import { toComparableClaim } from '../discrepancies/comparable-claims';
import { withOriginsByName } from '../discrepancies/rules/origin-names';
import { isWithin } from '../geo/gazetteer';
import { findStory, storyIdSql } from '../stories/story-lookup';
import type { ClaimRecord } from './claim.entity';
import { claimFromColumns } from './claim-columns';
import { claimView } from './claim-view';
import type { Metric, Subject, TimePrecision } from '../domain/vocabulary';
import { summariseHistory } from './history/claim-history';
import { originWords } from '../discrepancies/rules/explain';
import { saysCountRose } from '../discrepancies/rules/rise-words';

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

/**
 * A claim and the article through which it reached its story (its own, or the first to embed its
 * post), with the columns its description shows, read in the same query.
 */
interface ReachedRow {
  claim_id: string;
  article_id: string;
  story_id: string | null;
  total: string;
  own_article_id: string | null;
  post_id: string | null;
  position: number;
  metric: Metric;
  subject: Subject;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: ClaimRecord['qualifier'];
  location: string | null;
  country: string | null;
  attribution: string[];
  as_of: string | null;
  quote: string;
  start_offset: number;
  end_offset: number;
  earlier: boolean;
  part: boolean;
  created_at: Date;
  title: string | null;
  site: string | null;
  url: string | null;
  submitted_url: string | null;
  author: string | null;
  published_at: string | null;
  submitted_published_at: string | null;
  post_row_id: string | null;
  platform: string | null;
  handle: string | null;
  author_name: string | null;
  post_url: string | null;
  posted_at: string | null;
  posted_at_precision: TimePrecision | null;
  story_key: string | null;
  story_main_country: string | null;
  /** The processed revisions sharing the claim's own article's URL (none for a post's claim). */
  revisions:
    | {
        id: string;
        url: string;
        modifiedAt: string | null;
        publishedAt: string | null;
        submittedAt: string;
      }[]
    | null;
}

@Injectable()
export class ClaimsService {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ClaimListQuery) {
    const { rows, total } = await this.reach(query, { page: query.page, limit: query.limit });
    const items = describe(rows);
    return { items, total, page: query.page, limit: query.limit };
  }

  /** One quantity's values over time, with provenance, first-seen times, envelope and a conservative figure. */
  async history(query: HistoryQuery) {
    // The claims' query finds the story by the same rule as findStory and names it on each row:
    // the story is read on its own only when it has no such claims (an empty history, or a 404).
    const { rows } = await this.reach(query, null);
    const story = rows.length
      ? { id: rows[0].story_id!, key: rows[0].story_key!, mainCountry: rows[0].story_main_country }
      : (await findStory(this.dataSource.manager, query.story))?.story;
    if (!story) return null;
    const described = describe(rows);
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
        // an unplaced figure speaks for the area: one series with the origin's figures named for it
        location: d.location ?? area ?? null,
        countsPart: !!d.part,
        rose: saysCountRose(d.quote),
        // the text names an earlier figure as replaced, and a part ("nine of them") as less than the whole
        superseded: d.superseded || !!d.earlier,
        partOfArea:
          !!d.part || (!!area && !!d.location && d.location !== area && isWithin(d.location, area)),
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
  ): Promise<{ rows: ReachedRow[]; total: number }> {
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
    if (filters.location) {
      const places = await this.placesWithin(filters.location, filters);
      claimWhere.push(
        `(c.location = ANY(${p(places.locations)}) OR (c.location IS NULL AND c.country = ANY(${p(places.countries)})))`,
      );
    }
    const articleWhere: string[] = [];
    if (filters.story) articleWhere.push(`a.story_id = ${storyIdSql(filters.story, p)}`);
    if (filters.articleId) articleWhere.push(`a.id = ${p(filters.articleId)}`);
    const cw = claimWhere.length ? `AND ${claimWhere.join(' AND ')}` : '';
    const aw = articleWhere.length ? `AND ${articleWhere.join(' AND ')}` : '';
    const paging = page ? `LIMIT ${p(page.limit)} OFFSET ${p((page.page - 1) * page.limit)}` : '';
    // The page is cut first; only its rows are then described (article, post, story, revisions).
    const rows = await preparedQuery<ReachedRow>(
      this.dataSource,
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
       ), page AS (
         SELECT p.claim_id, p.article_id, p.story_id, count(*) OVER () AS total
           FROM picked p JOIN claims c ON c.id = p.claim_id
          ORDER BY c.as_of NULLS LAST, c.created_at, c.position, c.id
          ${paging}
       )
       SELECT pg.*, ${DESCRIBED_COLUMNS}
         FROM page pg JOIN claims c ON c.id = pg.claim_id
         JOIN articles a ON a.id = pg.article_id
         LEFT JOIN social_posts sp ON sp.id = c.post_id
        ORDER BY c.as_of NULLS LAST, c.created_at, c.position, c.id`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && page && page.page > 1) {
      // Past the last page: still report how many there are.
      const all = await this.reach(filters, null);
      total = all.total;
    }
    return { rows, total };
  }

  /**
   * The stored locations (and, for claims without one, countries) inside `location`. Within a story
   * only the story's claims are looked at (they are the only ones the location can pick out), so
   * the DISTINCT no longer reads the quantity's claims over the whole archive.
   */
  private async placesWithin(
    location: string,
    filters: ClaimFilters,
  ): Promise<{ locations: string[]; countries: string[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (v: unknown) => `$${params.push(v)}`;
    if (filters.metric) where.push(`c.metric = ${bind(filters.metric)}`);
    if (filters.subject) where.push(`c.subject = ${bind(filters.subject)}`);
    if (filters.story) {
      const story = storyIdSql(filters.story, bind);
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
}

/**
 * The columns that describe a reached claim (`pg` the page's row, `c` the claim, `a` the article it
 * reached the story through, `sp` its post) and its story, looked up by id (a join read every story
 * of the archive to hash them: 2,084 at 1 M claims). An article's own claim carries the processed
 * revisions of its URL, which say whether a later one replaced its figures.
 */
const DESCRIBED_COLUMNS = `c.article_id AS own_article_id, c.post_id, c.position, c.metric, c.subject, c.value,
  c.low, c.high, c.qualifier, c.location, c.country, c.attribution, c.as_of, c.quote, c.start_offset,
  c.end_offset, c.earlier, c.part, c.created_at,
  a.title, a.site, a.url, a.submitted_url, a.author, a.published_at, a.submitted_published_at,
  sp.id AS post_row_id, sp.platform, sp.handle, sp.author_name, sp.url AS post_url, sp.posted_at,
  sp.posted_at_precision,
  (SELECT s.key FROM stories s WHERE s.id = pg.story_id) AS story_key,
  (SELECT s.main_country FROM stories s WHERE s.id = pg.story_id) AS story_main_country,
  CASE WHEN c.article_id IS NOT NULL THEN
    (SELECT json_agg(json_build_object('id', r.id, 'url', r.url, 'modifiedAt', r.modified_at,
                                       'publishedAt', r.published_at, 'submittedAt', r.created_at))
       FROM articles r WHERE r.status = 'processed' AND r.url = a.url) END AS revisions`;

/** The stored claim a reached row holds: its own columns, beside the article it reached the story through. */
function claimOf(r: ReachedRow): ClaimRecord {
  return claimFromColumns({ ...r, id: r.claim_id, article_id: r.own_article_id });
}

function comparableOf(r: ReachedRow, claim: ClaimRecord) {
  const post = r.post_row_id ? r : null;
  return toComparableClaim({
    claim,
    articleId: r.article_id,
    articleUrl: r.url,
    articleSite: r.site,
    postedAtPrecision: post?.posted_at_precision ?? null,
    postHandle: post?.handle ?? null,
    postAuthor: post?.author_name ?? null,
  });
}

/** Each claim with its source, its provenance and the independent origin it speaks for. */
function describe(rows: ReachedRow[]) {
  const superseded = supersededAmong(rows);
  // one person quoted as "Sheriff Larry Leitha" and as "Leitha" is one origin, as in the flags
  const comparables = withOriginsByName(rows.map((r) => comparableOf(r, claimOf(r))));
  return rows.map((r, i) => {
    const c = claimOf(r);
    const post = r.post_row_id ? r : null;
    const comparable = comparables[i];
    const { originKey } = comparable;
    return {
      id: c.id,
      ...claimView(c),
      story: r.story_key,
      source: c.postId ? { kind: 'post' as const, postId: c.postId } : { kind: 'article' as const },
      articleId: r.article_id,
      postId: c.postId,
      article: {
        id: r.article_id,
        title: r.title,
        site: r.site,
        url: r.url ?? r.submitted_url,
        author: r.author,
        publishedAt: r.published_at ?? r.submitted_published_at,
      },
      post: post
        ? {
            id: post.post_row_id,
            platform: post.platform,
            handle: post.handle,
            authorName: post.author_name,
            url: post.post_url,
            postedAt: post.posted_at,
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

/** The claims' own articles a later processed revision of the same URL has replaced. */
function supersededAmong(rows: ReachedRow[]): Set<string> {
  const revisions = new Map(rows.flatMap((r) => r.revisions ?? []).map((v) => [v.id, v]));
  const latest = latestRevisions([...revisions.values()]);
  return new Set(
    rows
      .map((r) => r.own_article_id)
      .filter((id): id is string => !!id && revisions.has(id) && !latest.has(id)),
  );
}
