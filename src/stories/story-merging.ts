// PURE: how a story's profile grows with each article, and when two automatic stories are one
// event. Articles arrive in any order: two articles of one event may open two stories before a
// third bridges them; once the stories agree as much as an article must agree with a story to
// join it (and their times fit), the smaller is merged into the larger.
import {
  BONUS,
  countryEvidence,
  JOIN_SCORE,
  SAME_DAYS,
  sharedBonus,
  sharedNames,
  sharesEnough,
  STORY_WINDOW_DAYS,
  storyVector,
  termSimilarity,
  timeFits,
  type StoryCandidate,
  type TermRarity,
} from './story-assignment';
import { kindsClash } from './event-kinds';
import type { ArticleProfile } from './story-profile';
import { addToTally, removeFromTally, subtractTally, sumTallies } from './story-terms';

/**
 * Two stories are one event when they agree this much (and their times and kinds fit): a bar
 * above an article's (JOIN_SCORE), as a merge moves every article of the smaller story.
 */
export const MERGE_SCORE = { sameDays: 0.18, window: 0.2, undated: 0.25 } as const;

/**
 * The bar two stories must clear to be merged. A story of one article is that article alone: it
 * joins at the article's bar (JOIN_SCORE), as it would have had it arrived after the articles that
 * now bridge it to the other story. Without this, the stories an event ends in depend on the order
 * its articles came in (an undated early report left alone because the later ones had not come yet).
 */
export function mergeBar(a: StoryCandidate, b: StoryCandidate): number {
  const agreement = spansAgreement(a, b);
  return Math.min(a.articles, b.articles) <= 1 ? JOIN_SCORE[agreement] : MERGE_SCORE[agreement];
}

/**
 * The day an article adds to its story's dates: the day it looks back at when it does ("one year
 * later": the anniversary piece is about the event, and must not stretch the story over the year
 * between), else its own.
 */
function dayAdded(story: StoryCandidate, article: ArticleProfile): string | null {
  if (!article.date || !article.eventDates.length) return article.date;
  const lookBack = (d: string) => timeFits(story, { ...article, date: d, eventDates: [] });
  return article.eventDates.find(lookBack) ?? article.date;
}

/** A story's profile after the article joins it. */
export function withArticle(story: StoryCandidate, article: ArticleProfile): StoryCandidate {
  const day = dayAdded(story, article);
  return {
    ...story,
    articles: story.articles + 1,
    mainCountry: story.mainCountry ?? article.mainCountry,
    ...span(story, day, day),
    terms: addToTally(story.terms, Object.keys(article.terms)),
    places: addToTally(story.places, article.places),
    figures: addToTally(story.figures, article.figures),
    names: addToTally(story.names, article.names),
    kinds: sumTallies(story.kinds, article.kinds),
  };
}

/**
 * A story's profile after the article leaves it (moved by hand): its words, places and figures no
 * longer count; the dates stay, as the article's day may be another's too.
 */
export function withoutArticle(story: StoryCandidate, article: ArticleProfile): StoryCandidate {
  return {
    ...story,
    articles: Math.max(0, story.articles - 1),
    terms: removeFromTally(story.terms, Object.keys(article.terms)),
    places: removeFromTally(story.places, article.places),
    figures: removeFromTally(story.figures, article.figures),
    names: removeFromTally(story.names, article.names),
    kinds: subtractTally(story.kinds, article.kinds),
  };
}

/** The profile of a story opened by this article. */
export function storyOf(id: string, article: ArticleProfile): StoryCandidate {
  const empty = {
    id,
    articles: 0,
    mainCountry: null,
    firstDate: null,
    lastDate: null,
    terms: {},
    places: {},
    figures: {},
    names: {},
    kinds: {},
  };
  return withArticle(empty, article);
}

/** `into`'s profile once `from`'s articles join it. */
export function merged(into: StoryCandidate, from: StoryCandidate): StoryCandidate {
  return {
    ...into,
    articles: into.articles + from.articles,
    mainCountry: into.mainCountry ?? from.mainCountry,
    ...span(into, from.firstDate, from.lastDate),
    terms: sumTallies(into.terms, from.terms),
    places: sumTallies(into.places, from.places),
    figures: sumTallies(into.figures, from.figures),
    names: sumTallies(into.names, from.names),
    kinds: sumTallies(into.kinds, from.kinds),
  };
}

function span(
  story: StoryCandidate,
  first: string | null,
  last: string | null,
): Pick<StoryCandidate, 'firstDate' | 'lastDate'> {
  const min = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
  const max = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
  return { firstDate: min(story.firstDate, first), lastDate: max(story.lastDate, last) };
}

function spansFit(a: StoryCandidate, b: StoryCandidate): boolean {
  if (!a.firstDate || !a.lastDate || !b.firstDate || !b.lastDate) return true;
  const gap = Math.max(
    Date.parse(b.firstDate) - Date.parse(a.lastDate),
    Date.parse(a.firstDate) - Date.parse(b.lastDate),
  );
  return gap <= STORY_WINDOW_DAYS * 86_400_000;
}

/** The evidence that two stories are one event (0 when their times do not fit). */
export function mergeScore(a: StoryCandidate, b: StoryCandidate, stats: TermRarity): number {
  if (!spansFit(a, b) || kindsClash(a.kinds, b.kinds)) return 0;
  if (!sharesEnough(Object.keys(a.terms), Object.keys(a.places), b)) return 0;
  const agreement = spansAgreement(a, b);
  return (
    termSimilarity(storyVector(a), storyVector(b), stats) +
    sharedBonus(Object.keys(a.places), b.places, BONUS.place, BONUS.places) +
    sharedBonus(Object.keys(a.figures), b.figures, BONUS.figure, BONUS.figures) +
    countryEvidence(
      a.mainCountry,
      b.mainCountry,
      Object.keys(a.places).some((p) => b.places[p]),
    ) +
    (agreement === 'sameDays' ? BONUS.sameDays : 0) +
    (agreement === 'undated' ? 0 : sharedNames(Object.keys(a.names), b.names, stats))
  );
}

/** How well two stories' dates agree (spansFit already holds). */
function spansAgreement(a: StoryCandidate, b: StoryCandidate): keyof typeof MERGE_SCORE {
  if (!a.firstDate || !a.lastDate || !b.firstDate || !b.lastDate) return 'undated';
  const gap = Math.max(
    Date.parse(b.firstDate) - Date.parse(a.lastDate),
    Date.parse(a.firstDate) - Date.parse(b.lastDate),
  );
  return gap <= SAME_DAYS * 86_400_000 ? 'sameDays' : 'window';
}

/** The other story this one is the same event as (the best, when it agrees enough), or null. */
export function sameEvent(
  story: StoryCandidate,
  others: StoryCandidate[],
  stats: TermRarity,
): { story: StoryCandidate; score: number } | null {
  let best: { story: StoryCandidate; score: number } | null = null;
  for (const other of others) {
    if (other.id === story.id) continue;
    const score = mergeScore(story, other, stats);
    if (score < mergeBar(story, other)) continue;
    if (!best || score > best.score || (score === best.score && other.id < best.story.id))
      best = { story: other, score };
  }
  return best;
}
