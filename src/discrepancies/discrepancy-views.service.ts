import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { Article } from '../articles/article.entity';
import { ClaimRecord } from '../claims/claim.entity';
import { sentenceAround, type SentenceSpan } from '../claims/evidence/sentence-around';
import { SocialPost } from '../posts/social-post.entity';
import type { Story } from '../stories/story.entity';
import type { Discrepancy } from './discrepancy.entity';
import type { DiscrepancyValue } from './rules/comparable-claim';
import { chainWords } from './rules/explain';

/** Characters read on each side of a quote to find its sentence without loading whole texts. */
const SENTENCE_WINDOW = 1200;

/** What a reviewer reads beside each value: the claims with their sentences and sources. */
@Injectable()
export class DiscrepancyViewsService {
  constructor(private readonly dataSource: DataSource) {}

  async views(rows: (Discrepancy & { story: Story })[]) {
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

  private async evidence(claimIds: string[]) {
    if (!claimIds.length) return new Map<string, ReturnType<typeof claimEvidence>>();
    // Independent reads side by side (three waits instead of five): on a busy machine each round
    // trip waits for a core (npm run bench).
    const [claims, sentences] = await Promise.all([
      this.dataSource.getRepository(ClaimRecord).findBy({ id: In(claimIds) }),
      this.sentences(claimIds),
    ]);
    const postIds = unique(claims.map((c) => c.postId));
    const [posts, firstEmbedder] = await Promise.all([
      postIds.length ? this.dataSource.getRepository(SocialPost).findBy({ id: In(postIds) }) : [],
      this.firstEmbeddingArticles(postIds),
    ]);
    const articleIds = unique([...claims.map((c) => c.articleId), ...firstEmbedder.values()]);
    const articles = articleIds.length
      ? await this.dataSource.getRepository(Article).findBy({ id: In(articleIds) })
      : [];
    const postById = new Map(posts.map((p) => [p.id, p]));
    const articleById = new Map(articles.map((a) => [a.id, a]));
    return new Map(
      claims.map((c) => {
        const articleId = c.articleId ?? (c.postId ? (firstEmbedder.get(c.postId) ?? null) : null);
        return [
          c.id,
          claimEvidence(c, {
            article: articleId ? (articleById.get(articleId) ?? null) : null,
            post: c.postId ? (postById.get(c.postId) ?? null) : null,
            sentence: sentences.get(c.id) ?? null,
          }),
        ];
      }),
    );
  }

  /** Each claim's sentence, found in a window of its source text cut out by the database. */
  private async sentences(claimIds: string[]): Promise<Map<string, SentenceSpan>> {
    const rows: { id: string; start: number; end: number; window: string | null; from: number }[] =
      await this.dataSource.query(
        `SELECT c.id, c.start_offset AS start, c.end_offset AS end,
                GREATEST(0, c.start_offset - $2) AS "from",
                substr(COALESCE(p.text, ac.body_text), GREATEST(0, c.start_offset - $2) + 1,
                       c.end_offset - GREATEST(0, c.start_offset - $2) + $2) AS window
           FROM claims c
           LEFT JOIN social_posts p ON p.id = c.post_id
           LEFT JOIN article_contents ac ON ac.article_id = c.article_id
          WHERE c.id = ANY($1)`,
        [claimIds, SENTENCE_WINDOW],
      );
    const out = new Map<string, SentenceSpan>();
    for (const r of rows) {
      const span = r.window ? sentenceAround(r.window, r.start, r.end, r.from) : null;
      if (span) out.set(r.id, span);
    }
    return out;
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

const unique = (ids: (string | null)[]): string[] =>
  [...new Set(ids)].filter((x): x is string => !!x);

function claimEvidence(
  c: ClaimRecord,
  from: { article: Article | null; post: SocialPost | null; sentence: SentenceSpan | null },
) {
  const { article, post, sentence } = from;
  const articleView = article && {
    id: article.id,
    title: article.title,
    site: article.site,
    author: article.author,
    publishedAt: article.publishedAt,
    url: article.url,
  };
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
        articleId: article?.id ?? null,
        title: article?.title ?? null,
        site: article?.site ?? null,
        author: article?.author ?? null,
        publishedAt: article?.publishedAt ?? null,
        url: article?.url ?? null,
      };
  return {
    id: c.id,
    quote: c.quote,
    quoteStart: c.start,
    sentence: sentence?.sentence ?? null,
    sentenceStart: sentence?.start ?? null,
    source,
    article: articleView,
    attribution: c.attribution,
    attributionText: c.attribution.length
      ? chainWords(c.attribution[0], c.attribution.slice(1))
      : null,
    asOf: c.asOf,
    location: c.location,
    qualifier: c.qualifier,
    articleId: article?.id ?? null,
    postId: c.postId,
  };
}
