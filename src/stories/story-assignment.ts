// Which story an article joins when the submitter named none: an existing automatic story about
// the same main country within ±10 days; else, whatever the dates, the story whose names (places,
// people, bodies) the article repeats; else a new one. Pure, so the rule is tested on its own.

export const STORY_WINDOW_DAYS = 10;

export interface StoryCandidate {
  id: string;
  mainCountry: string | null;
  firstDate: string | null;
  lastDate: string | null;
  /** The names its articles used, with how many articles used each. */
  terms?: Record<string, number>;
}

export interface ArticleScope {
  mainCountry: string | null;
  /** The article's date (YYYY-MM-DD), if known. */
  date: string | null;
  /** The article's distinctive names (story-terms.ts), most frequent first. */
  terms?: string[];
}

/** How much an article must share with a story to join it by its names alone. */
export interface TermThreshold {
  similarity: number;
  shared: number;
}
/** Outside the date window (weeks later, or no country): most of its names are the story's. */
export const JOIN_BY_NAMES: TermThreshold = { similarity: 0.4, shared: 5 };
/** Undated, among several stories of its country: a good part of its names. */
export const JOIN_UNDATED: TermThreshold = { similarity: 0.25, shared: 3 };

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Math.floor(Date.parse(date.slice(0, 10) + 'T00:00:00Z') / DAY_MS);
}

/** The matching story, or null when the article starts a new one. */
export function chooseStory(
  candidates: StoryCandidate[],
  scope: ArticleScope,
): StoryCandidate | null {
  if (!scope.mainCountry) return mostSimilar(candidates, scope, JOIN_BY_NAMES);
  const matching = candidates.filter((s) => s.mainCountry === scope.mainCountry);
  if (!scope.date)
    return (
      mostSimilar(matching, scope, JOIN_UNDATED) ?? (matching.length === 1 ? matching[0] : null)
    );
  return nearestInWindow(matching, scope.date) ?? mostSimilar(matching, scope, JOIN_BY_NAMES);
}

function nearestInWindow(matching: StoryCandidate[], date: string): StoryCandidate | null {
  const day = dayNumber(date);
  let best: StoryCandidate | null = null;
  let bestDistance = Infinity;
  for (const story of matching) {
    if (!story.firstDate || !story.lastDate) continue;
    const first = dayNumber(story.firstDate);
    const last = dayNumber(story.lastDate);
    const distance = day < first ? first - day : day > last ? day - last : 0;
    if (distance <= STORY_WINDOW_DAYS && distance < bestDistance) {
      best = story;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The candidate sharing most of the article's names, when it shares enough. A name every candidate
 * uses ("Hajj" for two pilgrimages years apart) tells them apart by nothing: each name counts
 * 1 / (the number of candidates using it).
 */
function mostSimilar(
  candidates: StoryCandidate[],
  scope: ArticleScope,
  threshold: TermThreshold,
): StoryCandidate | null {
  const terms = (scope.terms ?? []).slice(0, 25);
  if (!terms.length) return null;
  const users = new Map(
    terms.map((t) => [t, candidates.filter((s) => (s.terms?.[t] ?? 0) > 0).length]),
  );
  let best: { story: StoryCandidate; shared: number } | null = null;
  for (const story of candidates) {
    const shared = terms
      .filter((t) => (story.terms?.[t] ?? 0) > 0)
      .reduce((sum, t) => sum + 1 / users.get(t)!, 0);
    if (shared / terms.length < threshold.similarity || shared < threshold.shared) continue;
    if (!best || shared > best.shared) best = { story, shared };
  }
  return best?.story ?? null;
}

/** A readable, unique key for a new automatic story: "kazakhstan-2022-01-06-41d81d3b". */
export function automaticStoryKey(scope: ArticleScope, articleId: string): string {
  const place = (scope.mainCountry ?? 'unplaced')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${place}-${scope.date?.slice(0, 10) ?? 'undated'}-${articleId.slice(0, 8)}`;
}
