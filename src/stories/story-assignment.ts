// PURE: which story an article joins when the submitter named none, and when two automatic stories
// turn out to be one event. An article joins the story it shares most with — its distinctive words
// weighed by how few stories use them, the cities and regions it names, its figures — provided
// their times fit: a story of 2015 never takes an article written in 2024, however alike (two
// pilgrimages to Mecca). Undated articles join by what they share alone.
import { kindsClash } from './event-kinds';
import type { ArticleProfile } from './story-profile';
import { backgroundWeight } from './story-terms';

export interface StoryCandidate {
  id: string;
  /** How many articles it holds. */
  articles: number;
  mainCountry: string | null;
  /** The first and last days its dated articles were published. */
  firstDate: string | null;
  lastDate: string | null;
  /** Per distinctive word, place and figure: how many of its articles use it. */
  terms: Record<string, number>;
  places: Record<string, number>;
  figures: Record<string, number>;
  /** How often its articles name each kind of event, summed. */
  kinds: Record<string, number>;
  /** Per proper name of a person or body (story-names.ts): how many of its articles use it. */
  names: Record<string, number>;
}

/** How many of all the stories use each word: a word every story uses tells none apart. */
export interface TermRarity {
  stories: number;
  storiesUsing: ReadonlyMap<string, number>;
}

/**
 * An event's articles keep coming for weeks (a protest movement's dead counted over two months):
 * a dated article fits a story when it was written within this many days of the story's articles.
 */
export const STORY_WINDOW_DAYS = 60;
/** Days around a story's dates that count as "the same days" (a small bonus). */
export const SAME_DAYS = 3;

/**
 * Evidence (the words' cosine plus bonuses) an article must bring to join a story: less when their
 * dates agree (the same days, or within the window), most when one of them is undated and only
 * what they say can tell.
 */
export const JOIN_SCORE = { sameDays: 0.16, window: 0.18, undated: 0.22 } as const;

/**
 * What shared evidence adds to the words' cosine: each city or region both name, each figure both
 * give (figures coincide across events more often than towns do), the same main country, and
 * dates within a few days.
 */
export const BONUS = {
  place: 0.08,
  places: 0.24,
  figure: 0.05,
  figures: 0.15,
  country: 0.05,
  sameDays: 0.05,
  name: 0.08,
  names: 0.24,
} as const;

/**
 * What two main countries that differ take from the evidence. Most events happen in one country,
 * and two events of the same weeks in two countries share the words of their kind ("police",
 * "killed", "protesters": a police raid in Rio and an election crackdown in Tanzania, a student
 * uprising in Bangladesh and a finance-bill protest in Kenya); an article of one event read from
 * abroad (a Gaza blast reported from Washington) still shares far more than this with its story.
 */
export const OTHER_COUNTRY = {
  name: 'two main countries that differ weigh against one event',
  penalty: 0.15,
  examples: [
    'Rio police raid (Brazil) and Tanzania election killings, both late October 2025: kept apart',
    'Bangladesh quota protests and Kenya finance-bill protests, July 2024: kept apart',
    'Gaza hospital blast reported from the United States: joins the Israel/Gaza story (0.53)',
    'an undated "riverbank at Chandpur" (read as India\'s Chandpur) and a DHAKA-datelined ferry ' +
      'capsize near Chandpur: they name one place, so the two readings do not count against',
  ],
};

/**
 * The main countries' part of the evidence: a bonus when they agree, a penalty when they differ,
 * unless the two sides name the same place: then the countries differ in how each text's names
 * were read (a town that two countries have, in a text that names no country), not in where.
 */
export function countryEvidence(a: string | null, b: string | null, sharePlace = false): number {
  if (!a || !b) return 0;
  if (a === b) return BONUS.country;
  return sharePlace ? 0 : -OTHER_COUNTRY.penalty;
}

/** A name tells two stories apart from the others while no more stories than the two use it. */
export const NAME_STORIES = 2;

/**
 * The bonus for the proper names (story-names.ts) both sides use: each name, up to BONUS.names,
 * counted only while at most NAME_STORIES of the candidate stories use it. A name several stories
 * use (a head of state: "Narendra Modi" in every Indian story; a charity at every disaster) tells
 * none of them apart. Only where both sides are dated: a state's chief minister speaks after each
 * of its disasters, years apart, and an undated text cannot say which one it tells of.
 */
export function sharedNames(
  names: readonly string[],
  used: Readonly<Record<string, number>>,
  stats: TermRarity,
): number {
  const rare = names.filter((n) => used[n] && (stats.storiesUsing.get(n) ?? 0) <= NAME_STORIES);
  return Math.min(BONUS.names, rare.length * BONUS.name);
}

/** Up to `max`, `each` for every key of `keys` that `tally` holds. */
export function sharedBonus(
  keys: Iterable<string>,
  tally: Readonly<Record<string, number>>,
  each: number,
  max: number,
): number {
  let n = 0;
  for (const k of keys) if (tally[k]) n++;
  return Math.min(max, n * each);
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
}

/** Days between `day` and the span [first, last] (0 inside it). */
function daysOutside(day: string, first: string, last: string): number {
  const d = dayNumber(day);
  const a = dayNumber(first);
  const b = dayNumber(last);
  return d < a ? a - d : d > b ? d - b : 0;
}

/**
 * Whether the article may belong to the story by time. A dated article must have been written
 * within the window of the story's dates, or look back at them ("one year later"). An undated one
 * fits unless the years it names are all after the story's (it was written after the story ended;
 * naming the story's year too, "the 2030 target set in 2015", keeps it in).
 */
export function timeFits(story: StoryCandidate, article: ArticleProfile): boolean {
  if (!story.firstDate || !story.lastDate) return true;
  const { firstDate, lastDate } = story;
  const fits = (day: string): boolean => daysOutside(day, firstDate, lastDate) <= STORY_WINDOW_DAYS;
  if (article.date) return fits(article.date) || article.eventDates.some(fits);
  if (article.eventDates.some(fits)) return true;
  // written no earlier than the latest full date it writes ("July 7, 2025")
  const latest = article.eventDates[article.eventDates.length - 1];
  if (latest && latest > lastDate) return false;
  const [first, last] = [Number(firstDate.slice(0, 4)), Number(lastDate.slice(0, 4))];
  const years = article.years;
  return (
    !years.length ||
    yearReached(years[years.length - 1], lastDate) ||
    years.some((y) => y >= first - 1 && y <= last && yearReached(y, lastDate))
  );
}

/**
 * Whether an undated article naming `year` can have been written within the window of a story
 * last dated `lastDate`: the year is the story's or an earlier one, or it began within the window
 * after the story's last day (a December event's January coverage names the new year). A text
 * naming 2025 was written in 2025 at the earliest: it is no report of a July 2024 protest, however
 * alike the words (Kenya's Saba Saba protests of July 2025 against its finance-bill protests).
 */
export const YEAR_WRITTEN = {
  name: 'an undated text was written no earlier than the latest year it names',
  examples: [
    'naming 2025 against a story last dated 2024-07-02: does not fit',
    'naming 2025 against a story last dated 2024-12-20: fits (1 January is 12 days on)',
  ],
};

function yearReached(year: number, lastDate: string): boolean {
  const last = Number(lastDate.slice(0, 4));
  return year <= last || daysOutside(`${year}-01-01`, lastDate, lastDate) <= STORY_WINDOW_DAYS;
}

/**
 * ln(1 + (N + 1) / (n + 1)) (a word of one story in twenty weighs about four times one of all),
 * times how rare the word is in English.
 */
export function rarity(term: string, stats: TermRarity): number {
  const amongStories = Math.log(
    1 + (stats.stories + 1) / ((stats.storiesUsing.get(term) ?? 0) + 1),
  );
  return amongStories * backgroundWeight(term);
}

/** A word's weight in an article: 1 + ln(how often it uses it). */
export function articleVector(article: ArticleProfile): Map<string, number> {
  return new Map(Object.entries(article.terms).map(([t, n]) => [t, 1 + Math.log(n)]));
}

/** A word's weight in a story: the share of its articles using it. */
export function storyVector(story: StoryCandidate): Map<string, number> {
  return new Map(Object.entries(story.terms).map(([t, n]) => [t, n / Math.max(1, story.articles)]));
}

/** Cosine of two word vectors, each word weighed by its rarity among the stories. */
export function termSimilarity(
  a: ReadonlyMap<string, number>,
  b: ReadonlyMap<string, number>,
  stats: TermRarity,
): number {
  const norm = (v: ReadonlyMap<string, number>): number => {
    let sum = 0;
    for (const [t, w] of v) sum += (w * rarity(t, stats)) ** 2;
    return Math.sqrt(sum);
  };
  let dot = 0;
  for (const [t, w] of a) {
    const other = b.get(t);
    if (other) dot += w * other * rarity(t, stats) ** 2;
  }
  return dot && dot / (norm(a) * norm(b));
}

/** All the evidence that the article belongs to the story (0 when their times do not fit). */
export function joinScore(
  story: StoryCandidate,
  article: ArticleProfile,
  stats: TermRarity,
): number {
  if (!timeFits(story, article) || kindsClash(story.kinds, article.kinds)) return 0;
  if (!sharesEnough(Object.keys(article.terms), article.places, story)) return 0;
  const agreement = timeAgreement(story, article);
  const sameDays = agreement === 'sameDays';
  return (
    termSimilarity(articleVector(article), storyVector(story), stats) +
    sharedBonus(article.places, story.places, BONUS.place, BONUS.places) +
    sharedBonus(article.figures, story.figures, BONUS.figure, BONUS.figures) +
    countryEvidence(
      article.mainCountry,
      story.mainCountry,
      article.places.some((p) => story.places[p]),
    ) +
    (sameDays ? BONUS.sameDays : 0) +
    (agreement === 'undated' ? 0 : sharedNames(article.names, story.names, stats))
  );
}

/**
 * Two texts of one event share a place, or at least two distinctive words: one word in common
 * ("interior" in "interior ministry") is chance, however short the texts.
 */
export const MIN_SHARED_TERMS = 2;

export function sharesEnough(
  terms: readonly string[],
  places: readonly string[],
  story: Pick<StoryCandidate, 'terms' | 'places'>,
): boolean {
  if (places.some((p) => story.places[p])) return true;
  let shared = 0;
  for (const t of terms) if (story.terms[t] && ++shared >= MIN_SHARED_TERMS) return true;
  return false;
}

/** How well the dates of the story and the article agree (timeFits already holds). */
export function timeAgreement(
  story: StoryCandidate,
  article: ArticleProfile,
): keyof typeof JOIN_SCORE {
  const { firstDate, lastDate } = story;
  if (!firstDate || !lastDate || !article.date) return 'undated';
  const days = [article.date, ...article.eventDates];
  return days.some((d) => daysOutside(d, firstDate, lastDate) <= SAME_DAYS) ? 'sameDays' : 'window';
}

/** The story the article joins (the best scoring one, when it scores enough), or null for a new one. */
export function chooseStory(
  candidates: StoryCandidate[],
  article: ArticleProfile,
  stats: TermRarity,
): { story: StoryCandidate; score: number } | null {
  let best: { story: StoryCandidate; score: number } | null = null;
  for (const story of candidates) {
    const score = joinScore(story, article, stats);
    if (score < JOIN_SCORE[timeAgreement(story, article)]) continue;
    if (!best || score > best.score || (score === best.score && story.id < best.story.id))
      best = { story, score };
  }
  return best;
}

/** A readable, unique key for a new automatic story: "kazakhstan-2022-01-06-41d81d3b". */
export function automaticStoryKey(
  scope: Pick<ArticleProfile, 'mainCountry' | 'date'>,
  articleId: string,
): string {
  const place = (scope.mainCountry ?? 'unplaced')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${place}-${scope.date?.slice(0, 10) ?? 'undated'}-${articleId.slice(0, 8)}`;
}
