import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { sentenceAround } from '../claims/evidence/sentence-around';
import { preparedQuery } from '../database/prepared-query';
import type { Story } from '../stories/story.entity';
import type { Discrepancy } from './discrepancy.entity';
import type { DiscrepancyValue } from './rules/comparable-claim';
import { chainWords } from './rules/explain';

/** Characters read on each side of a quote to find its sentence without loading whole texts. */
const SENTENCE_WINDOW = 1200;

/** What a discrepancy's view reads of it and of its story. */
export type ViewedDiscrepancy = Omit<Discrepancy, 'story' | 'locationKey'> & {
  story: Pick<Story, 'key'>;
};

/** What a reviewer reads beside each value: the claims with their sentences and sources. */
@Injectable()
export class DiscrepancyViewsService {
  constructor(private readonly dataSource: DataSource) {}

  async views(rows: ViewedDiscrepancy[]) {
    const claimIds = [...new Set(rows.flatMap((d) => d.values.flatMap((v) => v.claimIds)))];
    const evidence = await this.evidence(claimIds);
    const valueView = (v: DiscrepancyValue) => ({
      value: v.value,
      low: v.low,
      high: v.high,
      location: v.location ?? null,
      origin: v.origin ?? null,
      originLabel: v.originLabel ?? null,
      asOf: v.asOf ?? null,
      superseded: v.superseded ?? false,
      claims: v.claimIds.map((id) => evidence.get(id)).filter((x) => x !== undefined),
    });
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
      pair: d.pair ? d.pair.map(valueView) : null,
      values: d.values.map(valueView),
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    }));
  }

  /**
   * Each claim with its sentence, its source and the article it reached the story through (its
   * own, or the first to embed its post), in one round trip: on a busy machine each wait for
   * Postgres costs a core's turn, and three waves of five reads were most of a page's time.
   */
  private async evidence(claimIds: string[]): Promise<Map<string, ClaimEvidence>> {
    if (!claimIds.length) return new Map();
    const rows = await preparedQuery<EvidenceRow>(
      this.dataSource,
      `SELECT c.id, c.quote, c.start_offset AS start, c.end_offset AS "end", c.attribution,
              c.as_of, c.location, c.qualifier, c.post_id,
              p.id AS post_row_id, p.platform, p.handle, p.author_name, p.url AS post_url, p.posted_at,
              a.id AS article_id, a.title, a.site, a.author, a.published_at, a.url,
              GREATEST(0, c.start_offset - $2) AS "from",
              substr(COALESCE(p.text, ac.body_text), GREATEST(0, c.start_offset - $2) + 1,
                     c.end_offset - GREATEST(0, c.start_offset - $2) + $2) AS window
         FROM claims c
         LEFT JOIN social_posts p ON p.id = c.post_id
         LEFT JOIN article_contents ac ON ac.article_id = c.article_id
         LEFT JOIN LATERAL (SELECT e.article_id FROM post_embeds e WHERE e.post_id = c.post_id
                             ORDER BY e.first_seen_at LIMIT 1) first_embed ON true
         LEFT JOIN articles a ON a.id = COALESCE(c.article_id, first_embed.article_id)
        WHERE c.id = ANY($1)`,
      [claimIds, SENTENCE_WINDOW],
    );
    return new Map(rows.map((r) => [r.id, claimEvidence(r)]));
  }
}

/** A claim with the columns its evidence shows, its source's and its article's. */
interface EvidenceRow {
  id: string;
  quote: string;
  start: number;
  end: number;
  attribution: string[];
  as_of: string | null;
  location: string | null;
  qualifier: string;
  post_id: string | null;
  post_row_id: string | null;
  platform: string | null;
  handle: string | null;
  author_name: string | null;
  post_url: string | null;
  posted_at: string | null;
  article_id: string | null;
  title: string | null;
  site: string | null;
  author: string | null;
  published_at: string | null;
  url: string | null;
  from: number;
  window: string | null;
}

type ClaimEvidence = ReturnType<typeof claimEvidence>;

function claimEvidence(r: EvidenceRow) {
  const sentence = r.window ? sentenceAround(r.window, r.start, r.end, r.from) : null;
  const articleView = r.article_id && {
    id: r.article_id,
    title: r.title,
    site: r.site,
    author: r.author,
    publishedAt: r.published_at,
    url: r.url,
  };
  const source = r.post_row_id
    ? {
        kind: 'post' as const,
        postId: r.post_row_id,
        platform: r.platform,
        handle: r.handle,
        authorName: r.author_name,
        url: r.post_url,
        postedAt: r.posted_at,
      }
    : {
        kind: 'article' as const,
        articleId: r.article_id,
        title: r.title,
        site: r.site,
        author: r.author,
        publishedAt: r.published_at,
        url: r.url,
      };
  return {
    id: r.id,
    quote: r.quote,
    quoteStart: r.start,
    sentence: sentence?.sentence ?? null,
    sentenceStart: sentence?.start ?? null,
    source,
    article: articleView,
    attribution: r.attribution,
    attributionText: r.attribution.length
      ? chainWords(r.attribution[0], r.attribution.slice(1))
      : null,
    asOf: r.as_of,
    location: r.location,
    qualifier: r.qualifier,
    articleId: r.article_id,
    postId: r.post_id,
  };
}
