import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { Article } from '../articles/article.entity';
import type { Metric } from '../domain/vocabulary';
import { Story } from './story.entity';
import {
  automaticStoryKey,
  chooseStory,
  type StoryCandidate,
  type TermRarity,
} from './story-assignment';
import { merged, sameEvent, storyOf, withArticle, withoutArticle } from './story-merging';
import { articleProfile, type ArticleProfile } from './story-profile';
import { transactionQuery } from '../database/prepared-query';
import { findStory } from './story-lookup';

/**
 * Automatic stories an article is weighed against: those sharing most words and places with it
 * (a word's rarity is counted among them too).
 */
const MAX_CANDIDATES = 200;
/** The article's most used words that find candidate stories. */
const LOOKUP_TERMS = 40;
/** Merges one new article can set off (each joins two stories into one). */
const MAX_MERGES_PER_ARTICLE = 3;

/** How a merge came about, for its record. */
export interface MergeCause {
  automatic: boolean;
  /** The evidence the stories were one event (story-merging.ts), for an automatic merge. */
  score: number | null;
}

@Injectable()
export class StoriesService {
  /**
   * The story an article belongs to, inside the caller's transaction: the one the submitter named,
   * the one it is already in (a re-run), or one chosen from what it shares with the automatic
   * stories — which may then turn out to be the same event as another, and absorb it.
   */
  async assign(
    manager: EntityManager,
    article: Pick<Article, 'id' | 'requestedStory' | 'storyId'>,
    profile: ArticleProfile,
  ): Promise<Story> {
    if (article.requestedStory) {
      const story = await this.named(manager, article.requestedStory, true);
      if (story.id !== article.storyId) await this.addArticle(manager, story, profile);
      return story;
    }
    const current = article.storyId
      ? await manager.findOneBy(Story, { id: article.storyId })
      : null;
    if (current) return current;
    return this.automatic(manager, article.id, profile);
  }

  /**
   * The story of that name, created when new; `locked` holds its row to the end of the transaction
   * (two articles of one story read and write its profile one after the other).
   */
  async named(manager: EntityManager, name: string, locked = false): Promise<Story> {
    // Read first: all but a story's first article find it by its key, in one round trip.
    const existing = await storyByKey(manager, name, locked);
    if (existing) return existing;
    // a key whose story was merged away names the story it lives in now, never a new one
    await manager.query(
      `INSERT INTO stories (key, name, automatic) SELECT $1, $1, false
        WHERE NOT EXISTS (SELECT 1 FROM story_merges WHERE merged_key = $1)
        ON CONFLICT (key) DO NOTHING`,
      [name],
    );
    const found = await findStory(manager, name, locked);
    if (!found) throw new Error(`story "${name}" was neither found nor created`);
    return found.story;
  }

  private async automatic(
    manager: EntityManager,
    articleId: string,
    profile: ArticleProfile,
  ): Promise<Story> {
    // Serialises automatic assignment so two articles of one new event do not open two stories.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('stories:automatic'))`);
    const candidates = (await this.candidates(manager, profile)).map(candidateOf);
    const stats = rarityAmong(candidates);
    const chosen = chooseStory(candidates, profile, stats);
    let story = chosen
      ? withArticle(chosen.story, profile)
      : storyOf((await this.create(manager, articleId, profile)).id, profile);
    await this.saveProfile(manager, story);
    let others = candidates.filter((c) => c.id !== story.id);
    for (let i = 0; i < MAX_MERGES_PER_ARTICLE; i++) {
      const same = sameEvent(story, others, stats);
      if (!same) break;
      // the larger story (else the older row) keeps its key, so links to it keep working
      const [into, from] =
        story.articles >= same.story.articles ? [story, same.story] : [same.story, story];
      await this.absorb(manager, from.id, into.id, { automatic: true, score: same.score });
      story = merged(into, from);
      others = others.filter((c) => c.id !== same.story.id);
    }
    return manager.findOneByOrFail(Story, { id: story.id });
  }

  /**
   * The automatic stories sharing most with the article (its most used words, its places, its
   * country), ranked in SQL so only their rows, not every story's profile, are read.
   */
  private async candidates(manager: EntityManager, profile: ArticleProfile): Promise<Story[]> {
    const terms = Object.keys(profile.terms).slice(0, LOOKUP_TERMS);
    const ranked: { id: string }[] = await manager.query(
      `SELECT s.id FROM stories s
        WHERE s.automatic AND (s.terms ?| $1::text[] OR s.places ?| $2::text[] OR s.main_country = $3)
        ORDER BY (SELECT count(*) FROM unnest($1::text[]) t WHERE s.terms ? t)
               + (SELECT count(*) FROM unnest($2::text[]) p WHERE s.places ? p) DESC,
                 s.last_date DESC NULLS FIRST, s.created_at DESC
        LIMIT $4`,
      [terms, profile.places, profile.mainCountry ?? '', MAX_CANDIDATES],
    );
    return ranked.length ? manager.findBy(Story, { id: In(ranked.map((r) => r.id)) }) : [];
  }

  private create(manager: EntityManager, articleId: string, profile: ArticleProfile) {
    const name = profile.mainCountry
      ? `${profile.mainCountry}, ${profile.date ?? 'undated'}`
      : 'Unplaced article';
    return manager.save(
      manager.create(Story, {
        key: automaticStoryKey(profile, articleId),
        name,
        automatic: true,
        mainCountry: profile.mainCountry,
      }),
    );
  }

  /** The story's profile once the article is in it (a named story keeps one too). */
  private async addArticle(manager: EntityManager, story: Story, profile: ArticleProfile) {
    await this.saveProfile(manager, withArticle(candidateOf(story), profile));
  }

  /** A fixed text, prepared once per connection: every article of a story writes its profile. */
  private async saveProfile(manager: EntityManager, s: StoryCandidate): Promise<void> {
    await transactionQuery(
      manager,
      `UPDATE stories SET article_count = $2, main_country = COALESCE(main_country, $3),
              first_date = $4, last_date = $5, terms = $6, places = $7, figures = $8, kinds = $9,
              names = $10
        WHERE id = $1`,
      [
        s.id,
        s.articles,
        s.mainCountry,
        s.firstDate,
        s.lastDate,
        JSON.stringify(s.terms),
        JSON.stringify(s.places),
        JSON.stringify(s.figures),
        JSON.stringify(s.kinds),
        JSON.stringify(s.names),
      ],
    );
  }

  /**
   * Moves every article of `fromId` into `intoId`, keeps the flags the target has no counterpart
   * for (with their decisions and audit trail), adds up the two profiles, records the merge and
   * drops the emptied story. The caller re-runs the target's comparison.
   */
  async absorb(
    manager: EntityManager,
    fromId: string,
    intoId: string,
    cause: MergeCause,
  ): Promise<{ from: Story; into: Story; articlesMoved: number }> {
    const from = await manager.findOneByOrFail(Story, { id: fromId });
    const into = await manager.findOneByOrFail(Story, { id: intoId });
    // an UPDATE answers [rows, count]
    const [moved] = (await manager.query(
      `UPDATE articles SET story_id = $2, requested_story = CASE WHEN requested_story IS NULL THEN NULL ELSE $3 END
        WHERE story_id = $1 RETURNING id`,
      [from.id, into.id, into.key],
    )) as [unknown[], number];
    await manager.query(
      `UPDATE discrepancies d SET story_id = $2 WHERE d.story_id = $1 AND NOT EXISTS (
         SELECT 1 FROM discrepancies t WHERE t.story_id = $2 AND t.metric = d.metric
            AND t.subject = d.subject AND t.location_key = d.location_key)`,
      [from.id, into.id],
    );
    await this.saveProfile(manager, merged(candidateOf(into), candidateOf(from)));
    await manager.query(`UPDATE story_merges SET into_id = $2 WHERE into_id = $1`, [
      from.id,
      into.id,
    ]);
    await manager.query(
      `INSERT INTO story_merges (into_id, merged_key, merged_id, merged_name, articles_moved, automatic, score)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [into.id, from.key, from.id, from.name, moved.length, cause.automatic, cause.score],
    );
    await manager.delete(Story, { id: from.id });
    return { from, into, articlesMoved: moved.length };
  }

  /**
   * A processed article moved by hand from `fromId` (if any) to `toId`: its profile, read again
   * from what was stored, leaves the one story's and joins the other's.
   */
  async moveProfile(
    manager: EntityManager,
    articleId: string,
    fromId: string | null,
    toId: string,
  ): Promise<void> {
    const profile = await this.storedProfile(manager, articleId);
    // rows locked in id order, as refreshAll takes them
    const ids = [fromId, toId].filter((x): x is string => !!x).sort();
    const stories = await manager.find(Story, {
      where: { id: In(ids) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    for (const story of stories)
      await this.saveProfile(
        manager,
        story.id === toId
          ? withArticle(candidateOf(story), profile)
          : withoutArticle(candidateOf(story), profile),
      );
  }

  /** The profile of a processed article, from its stored text, posts and figures. */
  private async storedProfile(manager: EntityManager, articleId: string): Promise<ArticleProfile> {
    const [row]: {
      title: string | null;
      body_text: string | null;
      published_at: string | null;
      main_country: string | null;
    }[] = await manager.query(
      `SELECT a.title, c.body_text, COALESCE(a.published_at, a.submitted_published_at) AS published_at, a.main_country
         FROM articles a LEFT JOIN article_contents c ON c.article_id = a.id WHERE a.id = $1`,
      [articleId],
    );
    const posts: { text: string | null }[] = await manager.query(
      `SELECT p.text FROM post_embeds e JOIN social_posts p ON p.id = e.post_id
        WHERE e.article_id = $1 ORDER BY e.position`,
      [articleId],
    );
    const claims: { metric: Metric; value: number }[] = await manager.query(
      `SELECT metric, value FROM claims WHERE article_id = $1
        OR post_id IN (SELECT post_id FROM post_embeds WHERE article_id = $1)`,
      [articleId],
    );
    return articleProfile({
      title: row?.title ?? null,
      body: row?.body_text ?? '',
      postTexts: posts.map((p) => p.text ?? ''),
      publishedAt: row?.published_at ?? null,
      mainCountry: row?.main_country ?? null,
      claims,
    });
  }
}

/**
 * The story with exactly this key (what `named` keeps of findStory's answer: a story reached by
 * id or through a merge is not the named one), as TypeORM would hydrate it, by a fixed prepared
 * statement: every article of a named story reads its row, and TypeORM's query builder (building
 * the SQL of findStory's merge-following lookup, then hydrating) cost the worker ~1.6 ms of CPU an
 * article, Postgres planning it another ~0.5.
 */
async function storyByKey(
  manager: EntityManager,
  key: string,
  locked: boolean,
): Promise<Story | null> {
  const rows: Story[] = await transactionQuery(
    manager,
    `SELECT id, key, name, automatic, main_country AS "mainCountry",
            to_char(first_date, 'YYYY-MM-DD') AS "firstDate", to_char(last_date, 'YYYY-MM-DD') AS "lastDate",
            article_count AS "articleCount", terms, places, figures, kinds, names, created_at AS "createdAt"
       FROM stories WHERE key = $1${locked ? ' FOR UPDATE' : ''}`,
    [key],
  );
  return rows.length ? Object.assign(new Story(), rows[0]) : null;
}

export function candidateOf(s: Story): StoryCandidate {
  return {
    id: s.id,
    articles: s.articleCount,
    mainCountry: s.mainCountry,
    firstDate: s.firstDate,
    lastDate: s.lastDate,
    terms: s.terms ?? {},
    places: s.places ?? {},
    figures: s.figures ?? {},
    kinds: s.kinds ?? {},
    names: s.names ?? {},
  };
}

/** How many of the candidate stories use each word. */
function rarityAmong(stories: StoryCandidate[]): TermRarity {
  const storiesUsing = new Map<string, number>();
  for (const s of stories)
    for (const t of Object.keys(s.terms)) storiesUsing.set(t, (storiesUsing.get(t) ?? 0) + 1);
  return { stories: stories.length, storiesUsing };
}
