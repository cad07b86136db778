import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Story } from './story.entity';
import { findStory } from './story-lookup';

export interface StoryListQuery {
  page: number;
  limit: number;
  automatic?: boolean;
  /** Case-insensitive part of the story's key or name. */
  q?: string;
}

interface CountRow {
  story_id: string;
  articles: string;
  processed: string;
  posts: string;
  claims: string;
  discrepancies: string;
  open_discrepancies: string;
}

/** Reading stories for the API (assignment lives in StoriesService). */
@Injectable()
export class StoriesQueryService {
  constructor(private readonly dataSource: DataSource) {}

  /** Stories, most recent event first, each with its counts. */
  async list(query: StoryListQuery) {
    const qb = this.dataSource.getRepository(Story).createQueryBuilder('s');
    if (query.automatic !== undefined)
      qb.andWhere('s.automatic = :automatic', { automatic: query.automatic });
    if (query.q)
      qb.andWhere(`(strpos(lower(s.key), lower(:q)) > 0 OR strpos(lower(s.name), lower(:q)) > 0)`, {
        q: query.q,
      });
    const [stories, total] = await qb
      .orderBy('s.last_date', 'DESC', 'NULLS LAST')
      .addOrderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'ASC')
      .skip((query.page - 1) * query.limit)
      .take(query.limit)
      .getManyAndCount();
    const counts = await this.counts(stories.map((s) => s.id));
    return {
      items: stories.map((s) => ({ ...storyView(s), counts: counts.get(s.id) ?? emptyCounts() })),
      total,
      page: query.page,
      limit: query.limit,
    };
  }

  /**
   * One story (by id or key, also a key merged into it): its articles, the posts they embed, and
   * its discrepancy counts.
   */
  async findOne(keyOrId: string) {
    const found = await findStory(this.dataSource.manager, keyOrId);
    if (!found) return null;
    const { story, mergedFrom } = found;
    const articles: {
      id: string;
      status: string;
      title: string | null;
      site: string | null;
      url: string | null;
      author: string | null;
      published_at: string | null;
      created_at: Date;
      claims: string;
      posts: string;
    }[] = await this.dataSource.query(
      `SELECT a.id, a.status, a.title, a.site, COALESCE(a.url, a.submitted_url) AS url, a.author, COALESCE(a.published_at, a.submitted_published_at) AS published_at, a.created_at,
                (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
                (SELECT count(*) FROM post_embeds e WHERE e.article_id = a.id) AS posts
           FROM articles a WHERE a.story_id = $1
          ORDER BY COALESCE(a.published_at, a.submitted_published_at) NULLS LAST, a.created_at, a.id`,
      [story.id],
    );
    const posts: {
      id: string;
      platform: string;
      kind: string;
      handle: string | null;
      author_name: string | null;
      url: string | null;
      posted_at: string | null;
      claims: string;
      embedded_by: string;
    }[] = await this.dataSource.query(
      `SELECT p.id, p.platform, p.kind, p.handle, p.author_name, p.url, p.posted_at,
                (SELECT count(*) FROM claims c WHERE c.post_id = p.id) AS claims,
                count(DISTINCT e.article_id) AS embedded_by
           FROM social_posts p JOIN post_embeds e ON e.post_id = p.id JOIN articles a ON a.id = e.article_id
          WHERE a.story_id = $1
          GROUP BY p.id
          ORDER BY p.posted_at NULLS LAST, p.id`,
      [story.id],
    );
    const byStatus: { status: string; n: string }[] = await this.dataSource.query(
      `SELECT status, count(*) AS n FROM discrepancies WHERE story_id = $1 GROUP BY status`,
      [story.id],
    );
    const counts = (await this.counts([story.id])).get(story.id) ?? emptyCounts();
    return {
      ...storyView(story),
      mergedFrom,
      counts,
      openDiscrepancies: counts.openDiscrepancies,
      discrepanciesByStatus: Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)])),
      articles: articles.map((a) => ({
        id: a.id,
        status: a.status,
        title: a.title,
        site: a.site,
        url: a.url,
        author: a.author,
        publishedAt: a.published_at,
        submittedAt: a.created_at,
        claims: Number(a.claims),
        posts: Number(a.posts),
      })),
      posts: posts.map((p) => ({
        id: p.id,
        kind: p.kind,
        platform: p.platform,
        handle: p.handle,
        authorName: p.author_name,
        url: p.url,
        postedAt: p.posted_at,
        claims: Number(p.claims),
        embeddedBy: Number(p.embedded_by),
      })),
      merges: await this.merges(story.id),
    };
  }

  /** The stories merged into this one (by a reviewer or automatically), oldest first. */
  private async merges(storyId: string) {
    const rows: {
      merged_key: string;
      merged_name: string;
      articles_moved: number;
      automatic: boolean;
      score: number | null;
      created_at: Date;
    }[] = await this.dataSource.query(
      `SELECT merged_key, merged_name, articles_moved, automatic, score, created_at
         FROM story_merges WHERE into_id = $1 ORDER BY created_at, id`,
      [storyId],
    );
    return rows.map((m) => ({
      mergedKey: m.merged_key,
      mergedName: m.merged_name,
      articlesMoved: m.articles_moved,
      automatic: m.automatic,
      score: m.score,
      at: m.created_at.toISOString(),
    }));
  }

  private async counts(storyIds: string[]): Promise<Map<string, ReturnType<typeof emptyCounts>>> {
    if (!storyIds.length) return new Map();
    const rows: CountRow[] = await this.dataSource.query(
      `SELECT s.id AS story_id,
              (SELECT count(*) FROM articles a WHERE a.story_id = s.id) AS articles,
              (SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.status = 'processed') AS processed,
              (SELECT count(DISTINCT e.post_id) FROM post_embeds e JOIN articles a ON a.id = e.article_id WHERE a.story_id = s.id) AS posts,
              (SELECT count(*) FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.story_id = s.id)
                + (SELECT count(*) FROM claims c WHERE c.post_id IN
                     (SELECT e.post_id FROM post_embeds e JOIN articles a ON a.id = e.article_id WHERE a.story_id = s.id)) AS claims,
              (SELECT count(*) FROM discrepancies d WHERE d.story_id = s.id) AS discrepancies,
              (SELECT count(*) FROM discrepancies d WHERE d.story_id = s.id AND d.status = 'open') AS open_discrepancies
         FROM stories s WHERE s.id = ANY($1)`,
      [storyIds],
    );
    return new Map(
      rows.map((r) => [
        r.story_id,
        {
          articles: Number(r.articles),
          processedArticles: Number(r.processed),
          posts: Number(r.posts),
          claims: Number(r.claims),
          discrepancies: Number(r.discrepancies),
          openDiscrepancies: Number(r.open_discrepancies),
        },
      ]),
    );
  }
}

function emptyCounts() {
  return {
    articles: 0,
    processedArticles: 0,
    posts: 0,
    claims: 0,
    discrepancies: 0,
    openDiscrepancies: 0,
  };
}

function storyView(s: Story) {
  return {
    id: s.id,
    key: s.key,
    name: s.name,
    automatic: s.automatic,
    mainCountry: s.mainCountry,
    firstDate: s.firstDate,
    lastDate: s.lastDate,
    createdAt: s.createdAt,
  };
}
