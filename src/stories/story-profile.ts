// PURE: what an article brings to story assignment: when it was written and which time its text
// points back to, the places it names, its distinctive words and its figures.
import type { Claim } from '../domain/claim';
import { findPlaces } from '../geo/gazetteer';
import { eventKinds } from './event-kinds';
import { STORY_WINDOW_DAYS } from './story-assignment';
import { articleNames } from './story-names';
import { articleTerms } from './story-terms';

export interface ArticleProfile {
  /** The day the article was published (YYYY-MM-DD), if known. */
  date: string | null;
  /**
   * Days the text points at as the event's: for a dated article, the day a look back names
   * ("one year later" → a year before); for an undated one, the full dates its text writes.
   */
  eventDates: string[];
  /** The years (1900–2099) the text names, in order: an undated article was written no earlier than the latest. */
  years: number[];
  mainCountry: string | null;
  /** Distinctive words with how often the article uses each (story-terms.ts). */
  terms: Record<string, number>;
  /** How often it names each kind of event (event-kinds.ts). */
  kinds: Record<string, number>;
  /** Gazetteer names of the cities and regions named (countries say too little to tell events apart). */
  places: string[];
  /** "metric:value" of the figures it gives that could identify an event (story-assignment.ts). */
  figures: string[];
  /** Folded proper names of people and bodies it uses mid-sentence (story-names.ts). */
  names: string[];
}

export interface ProfileInput {
  title: string | null;
  body: string;
  postTexts: string[];
  /** Optional: when each embedded post was posted (ISO), in the order of postTexts. */
  postDates?: (string | null)[];
  /** The article's date (ISO), from its page or the submission. */
  publishedAt: string | null;
  mainCountry: string | null;
  claims: Pick<Claim, 'metric' | 'value'>[];
}

/** A figure below this is too common to tell events apart (3 killed, 12 injured). */
export const DISTINCTIVE_FIGURE = 20;

export function articleProfile(input: ProfileInput): ArticleProfile {
  const text = [input.title ?? '', input.body, ...input.postTexts].join('\n');
  const date = isoDay(input.publishedAt);
  const terms = articleTerms(text);
  const placeMentions = findPlaces(text);
  return {
    date,
    eventDates: date
      ? [...new Set([...lookBacks(text, date), ...postsLongBefore(input.postDates, date)])].sort()
      : writtenDates(text),
    years: namedYears(text, new Set(input.claims.map((c) => c.value))),
    mainCountry: input.mainCountry,
    terms,
    kinds: eventKinds(terms),
    places: [
      ...new Set(placeMentions.filter((m) => m.place.kind !== 'country').map((m) => m.place.name)),
    ].sort(),
    figures: [
      ...new Set(
        input.claims
          .filter((c) => c.value >= DISTINCTIVE_FIGURE)
          .map((c) => `${c.metric}:${c.value}`),
      ),
    ].sort(),
    names: articleNames(text, placeMentions),
  };
}

/**
 * Days the event's posts were posted, when the article is dated long after them (beyond a story's
 * window): the page's date is then a republication's or a scrape's ("Date:2025-04-13" on a page
 * embedding the 21 February 2024 posts of a mine collapse), or the piece looks back, and the posts
 * date the event it tells of. Posts of the article's own weeks add nothing: its date says as much.
 */
export const POSTS_DATE_THE_EVENT = {
  name: 'the posts an article embeds date its event',
  examples: [
    'a page dated 2025-04-13 embedding @cperezampueda of 21 Feb 2024 on the Bulla Loca collapse',
    'a page dated 2023-03-01 embedding a tweet of 2022-01-06 on the Almaty clashes',
  ],
  minDays: STORY_WINDOW_DAYS,
};

function postsLongBefore(
  postDates: readonly (string | null)[] | undefined,
  date: string,
): string[] {
  const days = (postDates ?? []).map(isoDay).filter((d): d is string => d !== null);
  const daysBefore = (d: string) => (Date.parse(date) - Date.parse(d)) / 86_400_000;
  return days.filter((d) => daysBefore(d) > POSTS_DATE_THE_EVENT.minDays);
}

export function isoDay(value: string | null | undefined): string | null {
  if (!value || !/^\d{4}-\d{2}-\d{2}/.test(value)) return null;
  return Number.isNaN(Date.parse(value.slice(0, 10))) ? null : value.slice(0, 10);
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  first: 1,
  second: 2,
  third: 3,
  fifth: 5,
  tenth: 10,
};

/**
 * "One year later", "two years after", "a year on", "the first anniversary": the article looks
 * back at an event that many years before its own date.
 */
const LOOK_BACK = new RegExp(
  [
    String.raw`\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[\s-]+years?[\s-]+(?:later|after|on|since)\b`,
    String.raw`\b(first|second|third|fifth|tenth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\b`,
    String.raw`\banniversary\b`,
  ].join('|'),
  'gi',
);

/**
 * A span of years the text gives as a length of time, not as the time since the event: the words
 * before it are "for", "to", "of", "within" ("a sentence suspended for five years on condition",
 * "jailed for two years after his trial", "sentenced to ten years after", "within a year of"). Read
 * as a look back, a court story's "five years on" put a 2025 mine rescue in 2020, away from its
 * own event's articles.
 */
export const DURATION_NOT_LOOK_BACK = {
  name: 'a length of time is no look back',
  before: /\b(?:for|to|of|within)\s+$/i,
  examples: [
    'six months imprisonment wholly suspended for five years on condition that they are not found guilty',
    'the driver was jailed for two years after the crash',
    'a court sentenced him to ten years after a two-day trial',
    'the shaft will be sealed within a year after the rescue',
  ],
};

function lookBacks(text: string, date: string): string[] {
  const days = new Set<string>();
  for (const m of text.matchAll(LOOK_BACK)) {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    if (DURATION_NOT_LOOK_BACK.before.test(before)) continue;
    const word = (m[1] ?? m[2] ?? 'one').toLowerCase();
    const years = NUMBER_WORDS[word] ?? parseInt(word, 10);
    if (!Number.isFinite(years) || years < 1 || years > 50) continue;
    days.add(`${Number(date.slice(0, 4)) - years}${date.slice(4, 10)}`);
  }
  return [...days].sort();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WRITTEN_DATE = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b` +
    `|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d{2})\\b` +
    `|\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b`,
  'gi',
);

/** Full dates the text writes ("September 24, 2015", "24 Sept 2015", "2015-09-24"). */
function writtenDates(text: string): string[] {
  const days = new Set<string>();
  for (const m of text.matchAll(WRITTEN_DATE)) {
    const [year, month, day] = m[1]
      ? [m[3], MONTHS.indexOf(m[1].toLowerCase()) + 1, m[2]]
      : m[5]
        ? [m[6], MONTHS.indexOf(m[5].toLowerCase()) + 1, m[4]]
        : [m[7], Number(m[8]), m[9]];
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isoDay(iso) && new Date(iso).toISOString().startsWith(iso)) days.add(iso);
  }
  return [...days].sort();
}

/** The years (1900–2099) the text names; a number read as a figure ("2015 injured") is none. */
function namedYears(text: string, figures: ReadonlySet<number>): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\d/.,-])((?:19|20)\d{2})(?![\d/,-])/g)) {
    const year = Number(m[1]);
    if (!figures.has(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
